package vn.lienthong.messaging;

/**
 * A message that no retry can make readable: unknown type, broken JSON, missing ids. It goes to
 * the dead-letter topic at once, with this exception's message in its headers.
 */
public class UnreadableMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableMessageException(String message) {
        super(message);
    }

    public UnreadableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
