package vn.lienthong.messaging;

/**
 * Told when the outbox relay parks a message, in the relay's transaction, so that what the
 * message was for (a step waiting for its command, say) can be marked failed with it. The relay
 * knows nothing of the business: a service that cares declares a bean of this type. A listener
 * runs inside a savepoint: if it fails, its changes are undone and the message is parked all the
 * same, so no listener can stop the relay.
 */
@FunctionalInterface
public interface ParkedMessageListener {

    void parked(ParkedMessage message);
}
