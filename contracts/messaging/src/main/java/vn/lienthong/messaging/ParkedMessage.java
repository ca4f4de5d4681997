package vn.lienthong.messaging;

import java.util.UUID;

/**
 * An outbox message the relay set aside because it can never be sent as it is: {@code id} is its
 * row in {@code outbox_parked}, {@code messageId} the id it was written with, {@code reason} why
 * (the producer's or the broker's words, never the payload).
 */
public record ParkedMessage(long id, UUID messageId, String topic, String key, String type, byte[] payload,
                            String reason) {
}
