package vn.lienthong.orchestrator.application.port.out.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayItem;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayJob;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayOutcome;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;

/**
 * Durable bulk replays: the job, the snapshot of its items taken when it started, and each
 * item's outcome. A job is worked by one worker at a time, under a lease, so a worker that dies
 * leaves it to the next one once the lease runs out. Writes join the caller's transaction.
 */
public interface ReplayJobs {

    /**
     * Stores a running job and snapshots the steps {@code filter} matches now as its items;
     * returns how many. {@code operator} is the token's subject, {@code operatorName} its display name.
     */
    int start(UUID id, StepFilter filter, Instant now, Instant stuckBefore, String operator, String operatorName,
              String reason);

    Optional<ReplayJob> find(UUID id, int maxProblems);

    /** Takes the lease of the oldest running job nobody holds, until {@code now + lease}. */
    Optional<Claimed> claim(Instant now, Duration lease);

    /** Up to {@code max} items of the job not handled yet, in snapshot order. */
    List<ReplayItem> pending(UUID jobId, int max);

    void record(UUID jobId, ReplayItem item, ReplayOutcome outcome, Instant at);

    /** Finishes the job if no item is left (DONE or FAILED), else gives its lease back; true if finished. */
    boolean release(UUID jobId, Instant now);

    /** A job this worker holds, with who asked for it and why. */
    record Claimed(UUID id, String operator, String operatorName, String reason) {

        /** As a dossier's history names people: display name, then subject. */
        public String describeOperator() {
            return operatorName == null || operatorName.equals(operator) ? operator
                    : operatorName + " (" + operator + ")";
        }
    }
}
