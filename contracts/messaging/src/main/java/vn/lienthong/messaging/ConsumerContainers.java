package vn.lienthong.messaging;

import java.time.Duration;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.util.backoff.BackOff;

/**
 * How every Kafka consumer of a service is set up: how often it commits its position, and what it
 * does when a record cannot be handled ({@link DeadLetterRouting}).
 * <p>
 * A batch's effects and its outgoing messages are committed in the batch's database transaction,
 * and every handler recognises a record it has handled before (a command by its id in
 * {@code processed_command}, a reply by the command id its step waits for). So the position in
 * Kafka only says where to start again after a crash, and a consumer commits it at most once per
 * {@code offsetCommitInterval} rather than after every batch: below saturation a batch is one to three
 * records, and each commit was a round trip to the group's coordinator, and a write to its log,
 * while the consumer waited. A consumer that stops or gives up partitions commits what it handled
 * first; a crash delivers again at most the interval's records, and they change nothing.
 */
public final class ConsumerContainers implements ListenerContainerWithDlqAndRetryCustomizer {

    private final Duration offsetCommitInterval;
    private final DeadLetterRouting deadLetters;

    public ConsumerContainers(Duration offsetCommitInterval, DeadLetterRouting deadLetters) {
        this.offsetCommitInterval = offsetCommitInterval;
        this.deadLetters = deadLetters;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        commitOffsets(container.getContainerProperties(), offsetCommitInterval);
        deadLetters.configure(container, destinationName);
    }

    /** Dead letters are routed by {@link DeadLetterRouting}, not by the binder. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    static void commitOffsets(ContainerProperties properties, Duration interval) {
        if (interval.isZero()) {
            properties.setAckMode(AckMode.BATCH);
        } else {
            properties.setAckMode(AckMode.TIME);
            properties.setAckTime(interval.toMillis());
        }
    }
}
