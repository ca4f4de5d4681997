package vn.lienthong.orchestrator.application.port.in.audit;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.domain.audit.ChainVerification;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;

/** The audit chain: its entries, newest first, and the verification of the whole chain. */
public interface AuditTrailUseCase {

    /**
     * Chains every entry recorded and not yet chained, in the order recorded; returns how many.
     * Run in the background every moment, and before a listing or a verification.
     */
    int sealPending();

    /** {@code subject} and {@code action} are optional (null); entries recorded before the call are listed. */
    OpsPage<ChainedEntry> find(String subject, AuditAction action, int page, int size);

    /**
     * Chains what is pending, then walks the chain up to its head as it was when the walk began,
     * page by page, and records the walk (and its verdict) as a {@code VERIFY_AUDIT} entry by {@code by}.
     */
    ChainVerification verify(Requester by);
}
