package vn.lienthong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import vn.lienthong.web.security.CallerTokenConverter;

/**
 * What Kafka and PostgreSQL can do alone on this machine, with the durability the services use:
 * Kafka with acks=all and an idempotent producer, PostgreSQL with every commit flushed to disk.
 */
final class PartsAlone {

    private PartsAlone() {
    }

    /** Messages per second from a producer's send to a consumer's receipt, for {@code count} messages. */
    static double kafkaMessagesPerSecond(Map<String, Object> kafka, int count, int payloadBytes) throws Exception {
        String topic = "bench.kafka-alone." + UUID.randomUUID();
        try (var admin = AdminClient.create(kafka)) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        }
        var consumerConfig = new Properties();
        consumerConfig.putAll(kafka);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-alone-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        byte[] payload = new byte[payloadBytes];
        var received = new AtomicLong();
        var done = new CountDownLatch(1);
        Thread consumerThread = new Thread(() -> {
            try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(topic));
                while (received.get() < count) {
                    received.addAndGet(consumer.poll(Duration.ofMillis(100)).count());
                }
            }
            done.countDown();
        }, "kafka-alone-consumer");
        consumerThread.start();
        Thread.sleep(3000);
        var producerConfig = new Properties();
        producerConfig.putAll(kafka);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), payload));
            }
            producer.flush();
        }
        done.await();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Single-row insert transactions per second from {@code threads} connections, for {@code duration}. */
    static double postgresCommitsPerSecond(String jdbcUrl, String user, int threads, Duration duration)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            connection.createStatement().execute(
                    "create table if not exists bench_commit_probe (id bigint generated always as identity, payload text)");
        }
        var commits = new AtomicLong();
        long until = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                     var insert = connection.prepareStatement("insert into bench_commit_probe (payload) values (?)")) {
                    connection.createStatement().execute("set synchronous_commit = on");
                    while (System.nanoTime() < until) {
                        insert.setString(1, "x".repeat(200));
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, "postgres-alone-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            connection.createStatement().execute("drop table bench_commit_probe");
        }
        return commits.get() / (duration.toNanos() / 1e9);
    }

    /**
     * CPU time, in microseconds, that one API call spends checking its bearer token as every service does:
     * the signature against the issuer's published keys, the standard claims and the issuer, then the
     * caller read from the claims. One thread, after a warm-up, so the figure is the check alone.
     */
    static double tokenCheckCpuMicros(String issuer, String token, int count) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        var caller = new CallerTokenConverter();
        for (int i = 0; i < count / 2; i++) {
            caller.convert(decoder.decode(token));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            caller.convert(decoder.decode(token));
        }
        return (threads.getCurrentThreadCpuTime() - before) / 1_000.0 / count;
    }
}
