package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;
import static vn.lienthong.systemtests.Dossiers.awaitFinal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.deploy.local.LocalKafka;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;

/**
 * Every service on Kafka as its own user with only its own rights: the flows work (the other
 * system tests), the orchestrator's ops reader and redrive work as the orchestrator's user, and a
 * service's user is refused another's topics. The test itself reads Kafka as the admin.
 */
class KafkaRightsIT {

    private static final String REPLIES = "civil-registry.replies";
    private static final String REPLIES_DEAD_LETTERS = REPLIES + ".dlt";

    @Test
    void theStatusChangesOfADossierCanBeFollowedOnKafka() {
        String dossierId = RunningSystem.portal().submit(aTypicalDossier().json()).body().get("dossierId").asString();
        awaitFinal(RunningSystem.portal(), dossierId);

        Map<String, Object> config = new HashMap<>(RunningSystem.get().kafkaAdminProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> changes = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("dossier.status-changes"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (dossierId.equals(record.key())) {
                        changes.add(record.value());
                    }
                });
                return changes.stream().anyMatch(change -> change.contains("\"COMPLETED\""));
            });
        }
    }

    /**
     * An unreadable reply: the orchestrator dead-letters it, lists it, and redrives it to the
     * replies, where it reads it again and dead-letters it again; each step as its own user.
     */
    @Test
    void theOrchestratorDeadLettersListsAndRedrivesAsItsOwnUser() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> config = new HashMap<>(RunningSystem.get().kafkaAdminProperties());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(REPLIES, key, "{\"commandId\": 42".getBytes(StandardCharsets.UTF_8));
            record.headers().add(MessageHeaders.MESSAGE_TYPE, "BirthRegistered".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(20, TimeUnit.SECONDS);
        }
        PortalConsole ops = RunningSystem.get().staff(Service.ORCHESTRATOR, "vanhanh.075");

        JsonNode letter = await().atMost(Duration.ofSeconds(60)).until(() -> listed(ops, key), found -> found.size() == 1)
                .get(0);
        var redrive = ops.post("/api/v1/ops/dead-letters/" + REPLIES_DEAD_LETTERS + "/" + letter.get("partition").asInt()
                + "/" + letter.get("offset").asLong() + "/redrive", "{\"reason\": \"Kiểm tra quyền Kafka\"}");

        assertThat(redrive.status()).as("%s", redrive.body()).isEqualTo(200);
        assertThat(redrive.body().get("sentTo").asString()).isEqualTo(REPLIES);
        await().atMost(Duration.ofSeconds(60)).until(() -> listed(ops, key), found -> found.size() == 2);
    }

    @Test
    void anAgencysUserIsRefusedAnotherServicesTopics() {
        LocalSystem system = RunningSystem.get();
        var civilRegistry = LocalKafka.clientProperties(system.kafkaBootstrapServers(), "civil-registry-service",
                system.secrets().kafkaPassword("civil-registry-service"));

        Map<String, Object> consumer = new HashMap<>(civilRegistry);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "civil-registry-service");
        try (var reader = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
            reader.subscribe(List.of("residence.commands"));
            assertThatThrownBy(() -> reader.poll(Duration.ofSeconds(20))).isInstanceOf(TopicAuthorizationException.class);
        }
        Map<String, Object> producer = new HashMap<>(civilRegistry);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var writer = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> writer.send(new ProducerRecord<>("dossier.status-changes", "x", "COMPLETED"))
                    .get(20, TimeUnit.SECONDS)).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static List<JsonNode> listed(PortalConsole ops, String key) {
        var answer = ops.get("/api/v1/ops/dead-letters?topic=" + REPLIES_DEAD_LETTERS + "&limit=500");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        answer.body().get("items").forEach(item -> {
            if (key.equals(item.path("key").asString(null))) {
                found.add(item);
            }
        });
        return found;
    }
}
