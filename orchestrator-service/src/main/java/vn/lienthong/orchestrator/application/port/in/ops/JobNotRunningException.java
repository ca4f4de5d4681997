package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.UUID;

import vn.lienthong.orchestrator.application.port.model.ops.JobStatus;

/** The job already ended ({@code status}): there is nothing left to cancel. */
public class JobNotRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient JobStatus status;

    public JobNotRunningException(UUID id, JobStatus status) {
        super("job " + id + " is " + status + ", not running");
        this.status = status;
    }

    public JobStatus status() {
        return status;
    }
}
