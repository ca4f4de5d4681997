package vn.lienthong.orchestrator.adapter.in.web;

import vn.lienthong.orchestrator.application.IntakeBacklog;

/** The system's backlog is at its bound; nothing of the submission was read. */
public class IntakeBacklogFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient IntakeBacklog.Admission refusal;
    private final long retryAfterSeconds;

    public IntakeBacklogFullException(IntakeBacklog.Admission refusal, long retryAfterSeconds) {
        super("the backlog of dossiers in flight (" + refusal.backlog() + ") is at its bound " + refusal.bound());
        this.refusal = refusal;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public IntakeBacklog.Admission refusal() {
        return refusal;
    }

    /** What {@code Retry-After} tells: whole seconds, at least one. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
