package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.out.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.out.ops.VerificationItem;
import vn.lienthong.orchestrator.application.port.out.ops.VerificationJob;
import vn.lienthong.orchestrator.application.port.out.ops.VerificationOutcome;

/**
 * Bulk re-verification of personal ID numbers against the population database, e.g. the
 * thousands of children whose cards were issued while their numbers awaited verification. Runs in
 * the background at a set pace, and survives restarts.
 */
public interface VerificationJobsUseCase {

    /** Numbers are 12 digits each (checked by the caller). Records the job in the audit log. */
    UUID start(List<String> personalIdNumbers, int ratePerSecond, Attribution by);

    /** Raises {@link OpsJobNotFoundException}. */
    VerificationJob find(UUID id);

    /** Raises {@link OpsJobNotFoundException}. */
    OpsPage<VerificationItem> items(UUID id, VerificationOutcome outcome, int page, int size);

    /** Checks one batch of due numbers of one job; returns how many (0: nothing to do now). */
    int work();
}
