package vn.lienthong.orchestrator.application.port.out.ops;

import java.util.UUID;

/** Paces a background job's calls to an agency. */
public interface Throttle {

    /** Waits until the job may make one more call at no more than {@code perSecond} calls a second. */
    void acquire(UUID jobId, int perSecond);

    /** The job is over: its pace is no longer needed. */
    void forget(UUID jobId);
}
