package vn.lienthong.orchestrator.application.port.model.audit;

/**
 * The audit chain could not take an entry. What the entry would have recorded is rolled back with
 * it: a read is not answered, an action is not done.
 */
public class AuditNotRecordedException extends RuntimeException {

    public AuditNotRecordedException(Throwable cause) {
        super("the audit entry could not be recorded", cause);
    }
}
