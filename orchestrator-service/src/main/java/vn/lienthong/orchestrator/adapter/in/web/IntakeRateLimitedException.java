package vn.lienthong.orchestrator.adapter.in.web;

/** A client submitted more dossiers than its rate limit allows; nothing of the submission was read. */
public class IntakeRateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient IntakeRateLimits.Refusal refusal;

    public IntakeRateLimitedException(IntakeRateLimits.Refusal refusal) {
        super("client " + refusal.clientId() + " is over its intake rate limit");
        this.refusal = refusal;
    }

    public IntakeRateLimits.Refusal refusal() {
        return refusal;
    }
}
