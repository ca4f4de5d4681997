package vn.lienthong.orchestrator.application.port.out.ops;

/** The ops audit log. {@link #record} joins the caller's transaction: the entry commits with the action. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first; {@code operator} and {@code action} are optional (null). */
    OpsPage<AuditEntry> page(String operator, OpsAction action, int page, int size);
}
