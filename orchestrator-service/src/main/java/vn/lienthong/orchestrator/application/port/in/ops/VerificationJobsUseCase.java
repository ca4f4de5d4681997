package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationItem;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationJob;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationOutcome;
import vn.lienthong.rules.access.Caller;

/**
 * Bulk re-verification of personal ID numbers against the population database, e.g. the
 * thousands of children whose cards were issued while their numbers awaited verification. Runs in
 * the background at a set pace, and survives restarts. Its results are names and dates of birth:
 * the job is its starter's. Another caller is told it does not exist
 * ({@link OpsJobNotFoundException}), except an administrator, who may see its progress and cancel
 * it but not read its items.
 */
public interface VerificationJobsUseCase {

    /**
     * Numbers are 12 digits each (checked by the caller). {@code by.operator()} is the subject of
     * the caller's token: the job's starter. Records the job in the audit log, with how many
     * numbers, not which.
     */
    UUID start(List<String> personalIdNumbers, int ratePerSecond, Attribution by);

    /** The job's progress, for its starter or an administrator; raises {@link OpsJobNotFoundException}. */
    VerificationJob find(UUID id, Caller caller);

    /** The job's outcomes, for its starter only; raises {@link OpsJobNotFoundException}. */
    OpsPage<VerificationItem> items(UUID id, Caller caller, VerificationOutcome outcome, int page, int size);

    /**
     * Stops the job, keeping the outcomes it has; for its starter or an administrator. Raises
     * {@link OpsJobNotFoundException}, or {@link JobNotRunningException} if it already ended.
     * Recorded in the audit log with the counts at that moment.
     */
    VerificationJob cancel(UUID id, Caller caller, Attribution by);

    /** Checks one batch of due numbers of one job; returns how many (0: nothing to do now). */
    int work();
}
