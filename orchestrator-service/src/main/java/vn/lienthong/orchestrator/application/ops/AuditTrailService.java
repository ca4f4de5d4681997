package vn.lienthong.orchestrator.application.ops;

import vn.lienthong.orchestrator.application.port.in.ops.AuditTrailUseCase;
import vn.lienthong.orchestrator.application.port.out.ops.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.ops.AuditLog;
import vn.lienthong.orchestrator.application.port.out.ops.OpsAction;
import vn.lienthong.orchestrator.application.port.out.ops.OpsPage;

public class AuditTrailService implements AuditTrailUseCase {

    private final AuditLog audit;

    public AuditTrailService(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public OpsPage<AuditEntry> find(String operator, OpsAction action, int page, int size) {
        return audit.page(operator, action, page, size);
    }
}
