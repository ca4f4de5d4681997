package vn.lienthong.messaging;

/**
 * Messages to publish once the current database transaction commits. Must be called inside a
 * transaction: the message is stored with the state change or not at all.
 */
public interface Outbox {

    /** Queues {@code message} for {@code topic}, keyed by {@code key} so one key's messages stay in order. */
    void send(String topic, String key, Object message);
}
