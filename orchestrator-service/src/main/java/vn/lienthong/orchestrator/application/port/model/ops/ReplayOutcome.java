package vn.lienthong.orchestrator.application.port.model.ops;

/**
 * What replaying one item did. {@code code} and {@code message} explain a skip or a failure
 * (null when replayed).
 */
public record ReplayOutcome(Kind kind, String code, String message) {

    public enum Kind {
        REPLAYED,
        /** Nothing to replay any more (completed, refused, gone) or its agency is paused. */
        SKIPPED,
        FAILED
    }

    public static ReplayOutcome replayed() {
        return new ReplayOutcome(Kind.REPLAYED, null, null);
    }

    public static ReplayOutcome skipped(String code, String message) {
        return new ReplayOutcome(Kind.SKIPPED, code, message);
    }

    public static ReplayOutcome failed(String code, String message) {
        return new ReplayOutcome(Kind.FAILED, code, message);
    }
}
