package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulk re-verification of personal ID numbers and its progress. {@code startedBy} is the subject
 * of the token that started it (null for a job older than that record); {@code cancelledBy} and
 * {@code cancelReason} are set once it was cancelled.
 */
public record VerificationJob(UUID id, JobStatus status, String operator, String reason, int ratePerSecond,
                              int maxRounds, int total, int found, int notFound, int failed, Instant startedAt,
                              Instant finishedAt, String startedBy, String cancelledBy, String cancelReason) {

    /** Numbers not checked yet; in a cancelled job, those it will never check. */
    public int pending() {
        return total - found - notFound - failed;
    }

    public boolean startedBy(String subject) {
        return startedBy != null && startedBy.equals(subject);
    }
}
