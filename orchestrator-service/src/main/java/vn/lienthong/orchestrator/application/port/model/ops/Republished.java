package vn.lienthong.orchestrator.application.port.model.ops;

/** Where a dead-lettered record went again: its topic, key and message type. */
public record Republished(String topic, String key, String messageType) {
}
