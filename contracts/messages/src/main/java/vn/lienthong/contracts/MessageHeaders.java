package vn.lienthong.contracts;

/** Kafka record headers every message carries besides its key (the dossier id). */
public final class MessageHeaders {

    /** Simple name of the message record, for example {@code BirthRegistered}. */
    public static final String MESSAGE_TYPE = "lienthong-message-type";

    /** Unique id of this message, assigned when it was written to the sender's outbox. */
    public static final String MESSAGE_ID = "lienthong-message-id";

    /**
     * The W3C trace context of the work that wrote the message ({@code 00-<trace id>-<span id>-<flags>}),
     * so its receiver continues the same trace; absent when that work was not traced.
     */
    public static final String TRACE_PARENT = "traceparent";

    /** On a dead-lettered record: why it could not be handled, from the innermost exception. */
    public static final String DEAD_LETTER_REASON = "lienthong-dead-letter-reason";

    private MessageHeaders() {
    }
}
