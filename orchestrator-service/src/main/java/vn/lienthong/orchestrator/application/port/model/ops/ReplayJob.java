package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bulk replay and its progress. {@code operator} is the token's subject of who started it,
 * {@code operatorName} their display name (null for jobs started before it was kept).
 * {@code problems} are the first items that were skipped or failed, in the order they were handled.
 */
public record ReplayJob(UUID id, JobStatus status, String operator, String operatorName, String reason,
                        StepFilter filter, int total,
                        int replayed, int skipped, int failed, Instant startedAt, Instant finishedAt,
                        List<Problem> problems) {

    public ReplayJob {
        problems = List.copyOf(problems);
    }

    public int pending() {
        return total - replayed - skipped - failed;
    }

    /** An item that was not replayed, and why. */
    public record Problem(ReplayItem item, ReplayOutcome outcome) {
    }
}
