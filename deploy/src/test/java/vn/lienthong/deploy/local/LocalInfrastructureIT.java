package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class LocalInfrastructureIT {

    @Test
    void postgresAnswersOnEachServiceDatabase() throws Exception {
        LocalPostgres postgres = SharedInfrastructure.postgres();
        for (String database : SharedInfrastructure.DATABASES) {
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), "");
                 var result = connection.createStatement().executeQuery("select current_database(), version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo(database);
                assertThat(result.getString(2)).startsWith("PostgreSQL 18");
            }
        }
    }

    @Test
    void aDurableServerFlushesEveryCommitAndKeepsStatementStatistics() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(0, true, null, List.of("durability_probe"));
             var connection = DriverManager.getConnection(postgres.jdbcUrl("durability_probe"), postgres.username(), "");
             var statement = connection.createStatement()) {
            Map<String, String> settings = new java.util.HashMap<>();
            for (String name : List.of("fsync", "synchronous_commit", "shared_preload_libraries")) {
                try (var result = statement.executeQuery("show " + name)) {
                    result.next();
                    settings.put(name, result.getString(1));
                }
            }

            assertThat(settings).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                    .containsEntry("shared_preload_libraries", "pg_stat_statements");
        }
    }

    @Test
    void kafkaDeliversWhatWasProducedWithAcksAll() {
        String servers = SharedInfrastructure.kafka().bootstrapServers();
        var producerConfig = new Properties();
        producerConfig.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"));
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infrastructure-check", "dossier-1", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        var consumerConfig = new Properties();
        consumerConfig.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("infrastructure-check"));
            var records = consumer.poll(Duration.ofSeconds(20));
            assertThat(records.count()).isEqualTo(1);
            assertThat(records.iterator().next().value()).isEqualTo("hello");
        }
    }
}
