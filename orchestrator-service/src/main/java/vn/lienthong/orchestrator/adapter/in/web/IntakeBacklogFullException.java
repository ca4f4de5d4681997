package vn.lienthong.orchestrator.adapter.in.web;

import java.time.Duration;

import vn.lienthong.orchestrator.application.IntakeBacklog;

/** The system's backlog is at its bound; nothing of the submission was read. */
public class IntakeBacklogFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient IntakeBacklog.Admission refusal;
    private final transient Duration retryAfter;

    public IntakeBacklogFullException(IntakeBacklog.Admission refusal, Duration retryAfter) {
        super("the backlog of dossiers in flight (" + refusal.backlog() + ") is at its bound " + refusal.bound());
        this.refusal = refusal;
        this.retryAfter = retryAfter;
    }

    public IntakeBacklog.Admission refusal() {
        return refusal;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    /** {@code Retry-After} as written: whole seconds, rounded up, at least one. */
    static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
