package vn.lienthong.orchestrator.adapter.out.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.KafkaTemplate;

import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.messaging.DeadLetterRouting;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetter;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterSummary;
import vn.lienthong.orchestrator.application.port.out.ops.DeadLetters;
import vn.lienthong.orchestrator.application.port.model.ops.Republished;

/**
 * The system's dead-letter topics: read with {@link DeadLetterReader}, redriven through the
 * service's idempotent, acks=all producer.
 */
public class KafkaDeadLetters implements DeadLetters {

    /** Headers the dead-letter publisher adds; a redriven record leaves them behind. */
    private static final String DEAD_LETTER_HEADER_PREFIX = "kafka_dlt-";
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final DeadLetterReader reader;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final List<String> topics;

    /**
     * @param connection the service's consumer settings ({@code spring.kafka.*}), to read as its own user
     * @param kafka      the outbox's producer, which redrives
     */
    public KafkaDeadLetters(Map<String, Object> connection, KafkaTemplate<byte[], byte[]> kafka, List<String> topics) {
        this.reader = new DeadLetterReader(connection);
        this.kafka = kafka;
        this.topics = List.copyOf(topics);
    }

    @Override
    public List<String> topics() {
        return topics;
    }

    @Override
    public List<DeadLetterSummary> list(List<String> wanted, int limit) {
        // The newest `limit` of each partition are enough to find the newest `limit` overall.
        return reader.newest(wanted, limit).stream()
                .map(KafkaDeadLetters::summary)
                .sorted(Comparator.comparing(DeadLetterSummary::timestamp).reversed()
                        .thenComparing(letter -> letter.ref().toString()))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<DeadLetter> find(DeadLetterRef ref) {
        return record(ref).map(record -> new DeadLetter(ref, text(record.key()), Instant.ofEpochMilli(record.timestamp()),
                headers(record), text(record.value())));
    }

    @Override
    public Optional<Republished> republish(DeadLetterRef ref) {
        return record(ref).map(record -> {
            String topic = ref.topic().substring(0, ref.topic().length() - DeadLetterRouting.SUFFIX.length());
            var original = new ProducerRecord<>(topic, null, record.key(), record.value());
            for (Header header : record.headers()) {
                if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)
                        && !header.key().equals(MessageHeaders.DEAD_LETTER_REASON)) {
                    original.headers().add(header.key(), header.value());
                }
            }
            send(original);
            return new Republished(topic, text(record.key()), header(record, MessageHeaders.MESSAGE_TYPE));
        });
    }

    private Optional<ConsumerRecord<byte[], byte[]>> record(DeadLetterRef ref) {
        return topics.contains(ref.topic()) ? reader.at(ref.topic(), ref.partition(), ref.offset()) : Optional.empty();
    }

    private void send(ProducerRecord<byte[], byte[]> record) {
        try {
            kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while redriving to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not redrive to " + record.topic(), e);
        }
    }

    private static DeadLetterSummary summary(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetterSummary(new DeadLetterRef(record.topic(), record.partition(), record.offset()),
                text(record.key()), header(record, MessageHeaders.MESSAGE_TYPE),
                header(record, MessageHeaders.DEAD_LETTER_REASON), Instant.ofEpochMilli(record.timestamp()), false);
    }

    private static List<DeadLetter.Header> headers(ConsumerRecord<byte[], byte[]> record) {
        List<DeadLetter.Header> headers = new ArrayList<>();
        record.headers().forEach(header -> headers.add(new DeadLetter.Header(header.key(),
                headerText(header.key(), header.value()))));
        return headers;
    }

    /** The publisher writes the original partition, offset and timestamp as binary numbers, not text. */
    private static String headerText(String name, byte[] value) {
        if (value != null && name.startsWith(DEAD_LETTER_HEADER_PREFIX + "original-")) {
            if (value.length == Integer.BYTES && name.endsWith("-partition")) {
                return Integer.toString(ByteBuffer.wrap(value).getInt());
            }
            if (value.length == Long.BYTES && (name.endsWith("-offset") || name.endsWith("-timestamp"))) {
                return Long.toString(ByteBuffer.wrap(value).getLong());
            }
        }
        return text(value);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
