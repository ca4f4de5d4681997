package vn.lienthong.orchestrator.application.port.out.ops;

import java.time.Instant;
import java.util.UUID;

/** A bulk re-verification of personal ID numbers and its progress. */
public record VerificationJob(UUID id, JobStatus status, String operator, String reason, int ratePerSecond,
                              int maxRounds, int total, int found, int notFound, int failed, Instant startedAt,
                              Instant finishedAt) {

    public int pending() {
        return total - found - notFound - failed;
    }
}
