package vn.lienthong.messaging;

import java.util.Optional;

/**
 * A command failed for a reason no retry changes, and its sender is to be answered with a
 * rejection instead ({@link IdempotentCommandHandler}). Thrown out of the failed transaction;
 * {@link MessageBatches} then calls {@link #answer()} in a transaction of its own, because the
 * failed one can write nothing more.
 */
public class CommandNotProcessableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Runnable answer;

    CommandNotProcessableException(String detail, Throwable cause, Runnable answer) {
        super("the command cannot be processed: " + detail, cause);
        this.answer = answer;
    }

    /** Stores and sends the rejection; runs inside the caller's (new) transaction. */
    public void answer() {
        answer.run();
    }

    /** The exception among {@code failure} and its causes, if any. */
    static Optional<CommandNotProcessableException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandNotProcessableException found) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}
