package vn.lienthong.orchestrator.application.port.out.audit;

/**
 * The audit chain, for appending. {@link #record} joins the caller's transaction, so the entry
 * commits with what it records or not at all; it takes no lock, and the entry is chained shortly
 * after it commits ({@link AuditRecords#sealPending}).
 */
public interface AuditLog {

    void record(AuditEntry entry);
}
