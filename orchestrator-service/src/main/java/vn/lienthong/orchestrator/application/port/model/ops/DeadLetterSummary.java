package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Instant;

/**
 * A dead-lettered record as listed: its place, key, message type and why it was dead-lettered.
 * {@code redriven} is filled in from the redrive records.
 */
public record DeadLetterSummary(DeadLetterRef ref, String key, String messageType, String reason, Instant timestamp,
                                boolean redriven) {

    public DeadLetterSummary withRedriven(boolean value) {
        return new DeadLetterSummary(ref, key, messageType, reason, timestamp, value);
    }
}
