package vn.lienthong.messaging.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.messaging.MessageCodec;

/**
 * A test's hands on Kafka: sends contract messages the way a service would (JSON, type header,
 * dossier id as key) and waits for what arrives on the topics it listens to.
 */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final MessageCodec codec = new MessageCodec();
    private final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();

    private KafkaProbe(String bootstrapServers, List<String> topics) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                // A topic created after the probe (the first message a service sends to it creates it)
                // is read from its beginning, which is after the probe started; one that exists now is
                // read from its end, committed below so that a later rebalance keeps that position.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return consumer.assignment().size() > 0;
        });
        startAtTheEnd();
    }

    private synchronized void startAtTheEnd() {
        received.clear();
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        consumer.commitSync();
    }

    /** Starts listening to {@code topics} from now on. */
    public static KafkaProbe listeningTo(String bootstrapServers, String... topics) {
        return new KafkaProbe(bootstrapServers, List.of(topics));
    }

    public void send(String topic, String key, Object message) {
        sendRaw(topic, key, MessageTypes.nameOf(message.getClass()), codec.encode(message));
    }

    public void sendRaw(String topic, String key, String type, byte[] payload) {
        var record = new ProducerRecord<>(topic, key, payload);
        if (type != null) {
            record.headers().add(MessageHeaders.MESSAGE_TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Waits until {@code count} records with {@code key} have arrived on {@code topic}, and returns them. */
    public List<ConsumerRecord<String, byte[]>> await(String topic, String key, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return records(topic, key).size() >= count;
        });
        return records(topic, key);
    }

    /** Waits for the first record with {@code key} on {@code topic} and decodes it as {@code type}. */
    public <T> T awaitOne(String topic, String key, Class<T> type) {
        ConsumerRecord<String, byte[]> record = await(topic, key, 1).get(0);
        return decode(record, type);
    }

    /** Waits for a record with {@code key} on {@code topic} that decodes to a {@code type} matching {@code condition}. */
    public <T> T awaitMatching(String topic, String key, Class<T> type, Predicate<T> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return matching(topic, key, type, condition).isPresent();
        });
        return matching(topic, key, type, condition).orElseThrow();
    }

    private <T> Optional<T> matching(String topic, String key, Class<T> type, Predicate<T> condition) {
        return records(topic, key).stream()
                .filter(record -> type.getSimpleName().equals(header(record, MessageHeaders.MESSAGE_TYPE)))
                .map(record -> codec.decode(record.value(), type))
                .filter(condition)
                .findFirst();
    }

    public <T> T decode(ConsumerRecord<String, byte[]> record, Class<T> type) {
        String typeName = header(record, MessageHeaders.MESSAGE_TYPE);
        if (!type.getSimpleName().equals(typeName)) {
            throw new AssertionError("expected a " + type.getSimpleName() + " but got a " + typeName + ": "
                    + new String(record.value(), StandardCharsets.UTF_8));
        }
        return codec.decode(record.value(), type);
    }

    public List<ConsumerRecord<String, byte[]>> records(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : received) {
            if (record.topic().equals(topic) && key.equals(record.key())) {
                matching.add(record);
            }
        }
        return matching;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private synchronized void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(received::add);
    }

    @Override
    public synchronized void close() {
        consumer.close();
        producer.close();
    }
}
