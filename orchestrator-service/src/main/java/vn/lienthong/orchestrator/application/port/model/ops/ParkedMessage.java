package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Instant;
import java.util.UUID;

/**
 * A message the orchestrator's outbox set aside because it can never be sent as it is: to which
 * topic, under which key, of what type and size, why, when it was written and parked. The last
 * three are null until ops redrive it.
 */
public record ParkedMessage(long id, UUID messageId, String topic, String key, String messageType, int size,
                            String reason, Instant writtenAt, Instant parkedAt, Instant redrivenAt, String redrivenBy,
                            String redriveReason) {

    public boolean redriven() {
        return redrivenAt != null;
    }
}
