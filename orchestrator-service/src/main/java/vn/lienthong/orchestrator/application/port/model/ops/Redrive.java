package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Instant;

/** A dead-lettered record that ops sent back to its topic: who, when and why. */
public record Redrive(DeadLetterRef ref, String operator, Instant at, String reason) {
}
