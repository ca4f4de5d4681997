package vn.lienthong.orchestrator.application.port.in.audit;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.domain.audit.ChainVerification;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;

/** The audit chain: its entries, newest first, and the verification of the whole chain. */
public interface AuditTrailUseCase {

    /** {@code subject} and {@code action} are optional (null). */
    OpsPage<ChainedEntry> find(String subject, AuditAction action, int page, int size);

    /**
     * Walks the chain up to its head as it was when the walk began, page by page, and records the
     * walk (and its verdict) as a {@code VERIFY_AUDIT} entry by {@code by}.
     */
    ChainVerification verify(Requester by);
}
