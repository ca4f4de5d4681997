package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;

/**
 * Dead letters on real Kafka: a reply the orchestrator cannot read is dead-lettered by its own
 * consumer, then listed, inspected and sent back to its topic once, as it was.
 */
class DeadLettersIT extends OpsItSupport {

    private static final String DLT = CivilRegistryTopics.REPLIES + ".dlt";
    private static KafkaProbe kafka;

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(), CivilRegistryTopics.REPLIES);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void anUnreadableReplyIsDeadLetteredListedInspectedAndRedrivenOnceAsItWas() {
        String key = UUID.randomUUID().toString();
        byte[] payload = "{\"commandId\": 42".getBytes(StandardCharsets.UTF_8);
        kafka.sendRaw(CivilRegistryTopics.REPLIES, key, "BirthRegistered", payload);

        JsonNode listed = awaitListed(key);
        assertThat(listed.get("topic").asString()).isEqualTo(DLT);
        assertThat(listed.get("messageType").asString()).isEqualTo("BirthRegistered");
        assertThat(listed.get("reason").asString()).contains("UnreadableMessageException").contains("BirthRegistered");
        assertThat(listed.get("redriven").asBoolean()).isFalse();
        assertThat(listed.get("timestamp").asString()).isNotBlank();
        String place = "/api/v1/ops/dead-letters/" + DLT + "/" + listed.get("partition").asInt() + "/"
                + listed.get("offset").asLong();

        JsonNode letter = http.get(place).body();
        assertThat(letter.get("payload").asString()).isEqualTo("{\"commandId\": 42");
        assertThat(letter.get("key").asString()).isEqualTo(key);
        assertThat(header(letter, "lienthong-message-type")).isEqualTo("BirthRegistered");
        assertThat(header(letter, "lienthong-dead-letter-reason")).contains("UnreadableMessageException");
        assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo(CivilRegistryTopics.REPLIES);
        assertThat(header(letter, "kafka_dlt-original-offset")).matches("\\d+");

        assertThat(fields(http.post(place + "/redrive", "{\"operator\": \"" + OPERATOR + "\"}").body()))
                .containsExactly("reason");
        var redriven = http.post(place + "/redrive", action("Đã sửa bộ đọc thông điệp"));
        assertThat(redriven.status()).isEqualTo(200);
        assertThat(redriven.body().get("sentTo").asString()).isEqualTo(CivilRegistryTopics.REPLIES);
        assertThat(redriven.body().get("redrivenBy").asString()).isEqualTo(OPERATOR);

        long originalOffset = Long.parseLong(header(letter, "kafka_dlt-original-offset"));
        ConsumerRecord<String, byte[]> again = awaitRedriven(key, originalOffset);
        assertThat(again.value()).isEqualTo(payload);
        assertThat(headerNames(again)).containsExactly("lienthong-message-type");
        assertThat(KafkaProbe.header(again, "lienthong-message-type")).isEqualTo("BirthRegistered");

        var twice = http.post(place + "/redrive", action("lần nữa"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("code").asString()).isEqualTo("ALREADY_REDRIVEN");
        assertThat(twice.body().get("redrivenBy").asString()).isEqualTo(OPERATOR);
        assertThat(http.get(place).body().get("redriven").asBoolean()).isTrue();
        assertThat(listedAt(listed.get("offset").asLong(), listed.get("partition").asInt()).get("redriven").asBoolean())
                .isTrue();
        JsonNode entry = audited("REDRIVE_DEAD_LETTER", target -> target.equals("dead-letters/" + DLT + "/"
                + listed.get("partition").asInt() + "/" + listed.get("offset").asLong()));
        assertThat(entry.at("/details/sentTo").asString()).isEqualTo(CivilRegistryTopics.REPLIES);
        assertThat(entry.at("/details/key").asString()).isEqualTo(key);
        assertThat(entry.get("reason").asString()).isEqualTo("Đã sửa bộ đọc thông điệp");
        JsonNode read = audited("READ_DEAD_LETTER", target -> target.equals("dead-letters/" + DLT + "/"
                + listed.get("partition").asInt() + "/" + listed.get("offset").asLong()));
        assertThat(read.get("subject").asString()).isEqualTo(OPERATOR);
        assertThat(read.get("role").asString()).isEqualTo("OPS");
        assertThat(read.get("endpoint").asString()).isEqualTo("GET /api/v1/ops/dead-letters/{topic}/{partition}/{offset}");
        assertThat(read.get("details").toString()).doesNotContain("commandId");
    }

    @Test
    void onlyTheSystemsDeadLetterTopicsAndRecordsThatExistAreAnswered() {
        var otherTopic = http.get("/api/v1/ops/dead-letters?topic=dossier.status-changes");
        assertThat(otherTopic.status()).isEqualTo(400);
        assertThat(otherTopic.body().at("/errors/0/messageEn").asString()).contains("residence.commands.dlt");
        assertThat(http.get("/api/v1/ops/dead-letters").body().get("topics")).hasSize(6);
        assertThat(http.get("/api/v1/ops/dead-letters/" + DLT + "/0/999999999").status()).isEqualTo(404);
        assertThat(fields(http.get("/api/v1/ops/dead-letters/" + DLT + "/x/-1").body()))
                .containsExactly("partition", "offset");
        assertThat(fields(http.post("/api/v1/ops/dead-letters/dossier.status-changes/0/0/redrive", action("x")).body()))
                .containsExactly("topic");
        assertThat(fields(http.get("/api/v1/ops/dead-letters?limit=0").body())).containsExactly("limit");
    }

    private JsonNode awaitListed(String key) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            http.get("/api/v1/ops/dead-letters?topic=" + DLT + "&limit=500").body().get("items").forEach(item -> {
                if (key.equals(item.get("key").asString())) {
                    found.add(item);
                }
            });
            return !found.isEmpty();
        });
        return found.get(0);
    }

    /** The record sent again: same key, same partition, after the original. */
    private static ConsumerRecord<String, byte[]> awaitRedriven(String key, long originalOffset) {
        List<ConsumerRecord<String, byte[]>> later = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            later.clear();
            kafka.await(CivilRegistryTopics.REPLIES, key, 1).stream()
                    .filter(record -> record.offset() > originalOffset)
                    .forEach(later::add);
            return !later.isEmpty();
        });
        return later.get(0);
    }

    private JsonNode listedAt(long offset, int partition) {
        for (JsonNode item : http.get("/api/v1/ops/dead-letters?topic=" + DLT + "&limit=500").body().get("items")) {
            if (item.get("offset").asLong() == offset && item.get("partition").asInt() == partition) {
                return item;
            }
        }
        throw new AssertionError("not listed: " + partition + "/" + offset);
    }

    private static String header(JsonNode letter, String name) {
        for (JsonNode header : letter.get("headers")) {
            if (header.get("name").asString().equals(name)) {
                return header.get("value").asString();
            }
        }
        return null;
    }

    private static List<String> headerNames(ConsumerRecord<?, ?> record) {
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key());
        }
        return names;
    }
}
