package vn.lienthong.orchestrator.application.port.model.ops;

import java.util.Objects;

/** Where a dead-lettered record sits: its dead-letter topic, partition and offset. */
public record DeadLetterRef(String topic, int partition, long offset) {

    public DeadLetterRef {
        Objects.requireNonNull(topic, "topic");
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "/" + offset;
    }
}
