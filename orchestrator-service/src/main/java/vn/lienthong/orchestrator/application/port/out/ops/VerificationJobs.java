package vn.lienthong.orchestrator.application.port.out.ops;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationItem;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationJob;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationOutcome;

/**
 * Durable verification jobs: each number is an item whose outcome is stored as soon as it is
 * known, so a restart goes on with the items not done yet. A job is worked by one worker at a
 * time, under a lease. Writes join the caller's transaction.
 */
public interface VerificationJobs {

    /** {@code startedBy}: the subject of the starter's token, the only one who may read the items. */
    void start(UUID id, List<String> personalIdNumbers, int ratePerSecond, int maxRounds, Instant now,
               String startedBy, String reason);

    Optional<VerificationJob> find(UUID id);

    /** Items of the job, by index; {@code outcome} null means all. */
    OpsPage<VerificationItem> items(UUID id, VerificationOutcome outcome, int page, int size);

    /** Takes the lease of the oldest running job that has an item due and nobody holds. */
    Optional<Claimed> claim(Instant now, Duration lease);

    /** Up to {@code max} items due at {@code now}: first-round items before retries, then by index. */
    List<VerificationItem> due(UUID jobId, Instant now, int max);

    void found(UUID jobId, int index, String fullName, LocalDate dateOfBirth);

    void notFound(UUID jobId, int index);

    /** A failed attempt: the item is tried again at {@code retryAt}, or is FAILED if {@code retryAt} is null. */
    void failed(UUID jobId, int index, String errorCode, Instant retryAt);

    /** Whether the job still runs: a worker checks before each number, so a cancellation stops it at once. */
    boolean running(UUID jobId);

    /** Ends a running job as CANCELLED, keeping its outcomes; false if it was not running. */
    boolean cancel(UUID jobId, Instant now, String cancelledBy, String reason);

    /** Finishes the job if no item is left (DONE or FAILED), else gives its lease back; true if finished. */
    boolean release(UUID jobId, Instant now);

    /** A job this worker holds. */
    record Claimed(UUID id, int ratePerSecond, int maxRounds) {
    }
}
