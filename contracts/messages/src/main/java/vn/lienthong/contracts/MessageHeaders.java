package vn.lienthong.contracts;

/** Kafka record headers every message carries besides its key (the dossier id). */
public final class MessageHeaders {

    /** Simple name of the message record, for example {@code BirthRegistered}. */
    public static final String MESSAGE_TYPE = "lienthong-message-type";

    /** Unique id of this message, assigned when it was written to the sender's outbox. */
    public static final String MESSAGE_ID = "lienthong-message-id";

    private MessageHeaders() {
    }
}
