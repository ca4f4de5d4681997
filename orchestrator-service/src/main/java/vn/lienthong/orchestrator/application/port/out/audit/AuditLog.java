package vn.lienthong.orchestrator.application.port.out.audit;

/**
 * The audit chain, for appending. {@link #record} joins the caller's transaction, so the entry
 * commits with what it records or not at all, and holds the chain's head until that transaction
 * ends: call it last.
 */
public interface AuditLog {

    void record(AuditEntry entry);
}
