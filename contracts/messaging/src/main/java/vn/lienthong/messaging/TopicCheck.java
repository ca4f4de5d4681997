package vn.lienthong.messaging;

import java.util.Optional;

/** Asks the Kafka cluster whether a topic exists. */
@FunctionalInterface
public interface TopicCheck {

    /** Whether the cluster has {@code topic}; empty when the cluster cannot be asked. */
    Optional<Boolean> exists(String topic);
}
