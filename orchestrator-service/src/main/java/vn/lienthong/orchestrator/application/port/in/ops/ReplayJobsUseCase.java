package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.UUID;

import vn.lienthong.orchestrator.application.port.model.ops.ReplayJob;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;

/** Bulk replay of every step a filter matches, as a durable background job. */
public interface ReplayJobsUseCase {

    /** Snapshots the matching steps, records the job in the audit log and returns its id. */
    UUID start(StepFilter filter, Attribution by);

    /** Raises {@link OpsJobNotFoundException} for an unknown id. */
    ReplayJob find(UUID id);

    /** Replays one batch of one running job; returns how many items it handled (0: nothing to do). */
    int work();
}
