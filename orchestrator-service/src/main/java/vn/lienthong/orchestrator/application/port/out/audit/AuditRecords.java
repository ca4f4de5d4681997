package vn.lienthong.orchestrator.application.port.out.audit;

import java.util.List;

import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.domain.audit.ChainHead;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;

/** The audit chain as stored, for reading and verifying. */
public interface AuditRecords {

    /** Newest first; {@code subject} and {@code action} are optional (null). */
    OpsPage<ChainedEntry> page(String subject, AuditAction action, int page, int size);

    /** The newest entry's sequence number and hash, as last appended. */
    ChainHead head();

    /** Up to {@code max} entries with {@code after < seq <= upTo}, in sequence order. */
    List<ChainedEntry> between(long after, long upTo, int max);

    /** Whether an entry with {@code seq <= upTo} has this stored hash. */
    boolean holdsHash(String hash, long upTo);

    /**
     * Chains up to {@code max} of the entries recorded and not yet chained, in the order recorded,
     * in one transaction of its own; returns how many.
     */
    int sealPending(int max);

    /** How many entries are recorded and not yet chained. */
    long pendingCount();
}
