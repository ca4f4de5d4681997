package vn.lienthong.orchestrator.adapter.out.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads records of given topics with a plain consumer that is assigned partitions and seeks in
 * them: it joins no consumer group and commits nothing, so looking never moves anyone's offsets.
 * A fresh consumer per read, as a consumer may not be shared between request threads.
 */
final class DeadLetterReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> settings;

    /**
     * {@code connection}: the service's consumer settings ({@code spring.kafka.*}: address,
     * security protocol, login), so it reads as the orchestrator's own Kafka user.
     */
    DeadLetterReader(Map<String, Object> connection) {
        Map<String, Object> settings = new HashMap<>(connection);
        // No group: assigned partitions only, nothing committed.
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Looking at a dead-letter topic that never received anything must not create it.
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "orchestrator-ops-dead-letters");
        this.settings = Map.copyOf(settings);
    }

    /** The newest {@code limit} records of each partition of the {@code topics} that exist. */
    List<ConsumerRecord<byte[], byte[]>> newest(List<String> topics, int limit) {
        try (var consumer = consumer()) {
            var existing = consumer.listTopics(TIMEOUT);
            List<TopicPartition> partitions = new ArrayList<>();
            topics.stream().filter(existing::containsKey).forEach(topic -> existing.get(topic)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> from = new HashMap<>();
            partitions.forEach(partition -> from.put(partition,
                    Math.max(starts.get(partition), ends.get(partition) - limit)));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            read(consumer, from, ends, records::add);
            return records;
        }
    }

    /** The record at {@code offset}, if the partition exists and still holds it. */
    Optional<ConsumerRecord<byte[], byte[]>> at(String topic, int partitionNumber, long offset) {
        try (var consumer = consumer()) {
            var existing = consumer.listTopics(TIMEOUT).get(topic);
            if (existing == null || existing.stream().noneMatch(info -> info.partition() == partitionNumber)) {
                return Optional.empty();
            }
            var partition = new TopicPartition(topic, partitionNumber);
            long start = consumer.beginningOffsets(List.of(partition), TIMEOUT).get(partition);
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            if (offset < start || offset >= end) {
                return Optional.empty();
            }
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            read(consumer, Map.of(partition, offset), Map.of(partition, offset + 1), record -> {
                if (record.offset() == offset) {
                    found.add(record);
                }
            });
            return found.stream().findFirst();
        }
    }

    /** Reads each partition from its {@code from} offset up to (not including) its {@code to} offset. */
    private static void read(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> from,
                             Map<TopicPartition, Long> to, Consumer<ConsumerRecord<byte[], byte[]>> sink) {
        List<TopicPartition> unread = from.keySet().stream().filter(p -> from.get(p) < to.get(p)).toList();
        if (unread.isEmpty()) {
            return;
        }
        consumer.assign(unread);
        unread.forEach(partition -> consumer.seek(partition, from.get(partition)));
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (unread.stream().anyMatch(p -> consumer.position(p) < to.get(p)) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < to.get(new TopicPartition(record.topic(), record.partition()))) {
                    sink.accept(record);
                }
            }
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
