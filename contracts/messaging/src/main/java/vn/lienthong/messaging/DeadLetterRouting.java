package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.MessageHeaders;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a consumer does when handling a record fails. An unreadable record goes straight to
 * {@code <topic>.dlt}. While the database or the agency's back end is unreachable the record is
 * retried without end, with growing pauses, because nothing behind it could be handled either. Any other failure is retried
 * a few times and then dead-lettered, so one bad record cannot block a partition forever.
 * {@link ConsumerContainers} applies it to every consumer of the service.
 */
public final class DeadLetterRouting {

    /** Suffix of every dead-letter topic: {@code civil-registry.commands} → {@code civil-registry.commands.dlt}. */
    public static final String SUFFIX = ".dlt";

    private final KafkaOperations<byte[], byte[]> kafka;
    private final MessagingProperties.Consumer settings;
    private final MeterRegistry meters;

    public DeadLetterRouting(KafkaOperations<byte[], byte[]> kafka, MessagingProperties.Consumer settings,
                             MeterRegistry meters) {
        this.kafka = kafka;
        this.settings = settings;
        this.meters = meters;
    }

    /** Sets the error handler of {@code container}, which consumes {@code destinationName} (topics, comma-separated). */
    void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName) {
        // Registered with the binding, so that a topic that never had a dead letter shows 0, not nothing.
        for (String topic : destinationName.split(",")) {
            deadLetters(topic.trim() + SUFFIX);
        }
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + SUFFIX, -1)) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
                               Exception exception) {
                super.accept(record, consumer, exception);
                deadLetters(record.topic() + SUFFIX).increment();
            }
        };
        recoverer.addHeadersFunction((record, exception) -> new RecordHeaders().add(MessageHeaders.DEAD_LETTER_REASON,
                reason(exception).getBytes(StandardCharsets.UTF_8)));
        var handler = new DefaultErrorHandler(recoverer, limitedRetries());
        // A failed record is retried or dead-lettered, and the reason goes with it: a warning, not an error.
        handler.setLogLevel(KafkaException.Level.WARN);
        handler.addNotRetryableExceptions(UnreadableMessageException.class);
        handler.setBackOffFunction((record, exception) -> isTransient(exception) ? unlimitedRetries() : null);
        container.setCommonErrorHandler(handler);
    }

    /** {@code lienthong.messaging.dead_letters} by {@code topic}: records this service sent to a dead-letter topic. */
    private Counter deadLetters(String topic) {
        return Counter.builder("lienthong.messaging.dead_letters")
                .description("records sent to a dead-letter topic after they could not be handled")
                .tag("topic", topic).register(meters);
    }

    private BackOff limitedRetries() {
        return new FixedBackOff(settings.retryInterval().toMillis(), settings.maxAttempts() - 1L);
    }

    private BackOff unlimitedRetries() {
        var backOff = new ExponentialBackOff(settings.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxRetryInterval().toMillis());
        backOff.setMaxElapsedTime(Duration.ofDays(365).toMillis());
        return backOff;
    }

    /** Our own explanation when there is one, else the innermost exception's. */
    private static String reason(Throwable exception) {
        Throwable innermost = exception;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableMessageException) {
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
            innermost = cause;
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }

    private static boolean isTransient(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof AgencyUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
