package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.out.ops.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.ops.OpsAction;
import vn.lienthong.orchestrator.application.port.out.ops.OpsPage;

/** The ops audit log, newest first. */
public interface AuditTrailUseCase {

    /** {@code operator} and {@code action} are optional (null). */
    OpsPage<AuditEntry> find(String operator, OpsAction action, int page, int size);
}
