package vn.lienthong.messaging;

import java.util.Optional;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Tells a send that can never succeed from one that may succeed later. Only failures that are
 * about the message itself are permanent: a record larger than the producer or the broker takes,
 * one the broker refuses as invalid, an invalid topic name, a topic that the cluster says does
 * not exist (and did not create). Everything else, a broker that is down or slow, a leader
 * election, a refused permission, is transient: retried in order, never set aside, because it
 * would set aside every message alike.
 */
final class SendFailures {

    /** How long a reason may be; Kafka's are short, this guards the table against a long one. */
    private static final int MAX_REASON = 1000;

    private final TopicCheck topics;

    SendFailures(TopicCheck topics) {
        this.topics = topics;
    }

    /** Why a message for {@code topic} that failed with {@code failure} can never be sent; empty if it may yet be. */
    Optional<String> permanentReason(String topic, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException || cause instanceof InvalidTopicException
                    || cause instanceof SerializationException) {
                return Optional.of(describe(cause));
            }
            if (cause instanceof UnknownTopicOrPartitionException || isMissingMetadata(cause)) {
                // The producer cannot tell a topic that does not exist from a cluster it cannot
                // reach: only the cluster's own answer that the topic is absent makes it permanent.
                if (topics.exists(topic).filter(exists -> !exists).isPresent()) {
                    return Optional.of(describe(cause) + " (the cluster has no topic " + topic
                            + " and did not create it)");
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isMissingMetadata(Throwable cause) {
        return cause instanceof TimeoutException && cause.getMessage() != null
                && cause.getMessage().contains("not present in metadata");
    }

    private static String describe(Throwable cause) {
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
