package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaProducerException;

/** Which failed sends the relay parks, and which it retries in order. */
class SendFailuresTest {

    private static final SendFailures CLUSTER_DOWN = new SendFailures(topic -> Optional.empty());
    private static final SendFailures CLUSTER_WITHOUT_TOPIC = new SendFailures(topic -> Optional.of(false));
    private static final SendFailures CLUSTER_WITH_TOPIC = new SendFailures(topic -> Optional.of(true));

    @Test
    void aRecordTooLargeForTheProducerOrTheBrokerIsPermanentAsReturnedByTheTemplate() {
        var tooLarge = new RecordTooLargeException("The message is 1500123 bytes when serialized which is larger "
                + "than 1048576, which is the value of the max.request.size configuration.");

        assertThat(CLUSTER_DOWN.permanentReason("t", producerFailure(tooLarge)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("RecordTooLargeException: The message is"));
        assertThat(CLUSTER_DOWN.permanentReason("bad topic", new InvalidTopicException("Invalid topic"))).isPresent();
    }

    @Test
    void aBrokerThatIsDownOrSlowOrRefusesPermissionIsTransient() {
        assertThat(CLUSTER_DOWN.permanentReason("t", producerFailure(new TimeoutException(
                "Expiring 3 record(s) for t-0:120000 ms has passed since batch creation")))).isEmpty();
        assertThat(CLUSTER_DOWN.permanentReason("t", new NetworkException("disconnected"))).isEmpty();
        assertThat(CLUSTER_DOWN.permanentReason("t", new NotEnoughReplicasException("1 of 3"))).isEmpty();
        assertThat(CLUSTER_DOWN.permanentReason("t", new TopicAuthorizationException("not authorized"))).isEmpty();
        assertThat(CLUSTER_DOWN.permanentReason("t", new java.util.concurrent.TimeoutException("no ack"))).isEmpty();
    }

    @Test
    void aMissingTopicIsPermanentOnlyWhenTheClusterSaysItHasNone() {
        var missing = producerFailure(new TimeoutException("Topic t not present in metadata after 60000 ms."));

        assertThat(CLUSTER_DOWN.permanentReason("t", missing)).as("cannot tell from a broker that is down").isEmpty();
        assertThat(CLUSTER_WITH_TOPIC.permanentReason("t", missing)).isEmpty();
        assertThat(CLUSTER_WITHOUT_TOPIC.permanentReason("t", missing))
                .hasValueSatisfying(reason -> assertThat(reason).contains("has no topic t"));
        assertThat(CLUSTER_WITHOUT_TOPIC.permanentReason("t", new UnknownTopicOrPartitionException("unknown")))
                .isPresent();
    }

    private static KafkaProducerException producerFailure(Exception cause) {
        return new KafkaProducerException(new ProducerRecord<>("t", new byte[0]), "Failed to send", cause);
    }
}
