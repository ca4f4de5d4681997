package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.common.Json;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;

/**
 * The ops listing of failed, waiting and stuck steps, and replaying one step, on real PostgreSQL
 * and Kafka. The test plays the civil registry itself, so it decides what is answered and when.
 */
class TroubledStepsIT extends OpsItSupport {

    private static KafkaProbe kafka;

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(), CivilRegistryTopics.COMMANDS,
                ResidenceTopics.COMMANDS);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void failedStepsAreListedOldestFirstAndFoundByTheirBusinessKey() {
        assignAnswers(aResponse().withStatus(503));
        String older = submit();
        awaitStep(older, "ID_NUMBER", "WAITING_RETRY");
        String newer = submit();
        awaitStep(newer, "ID_NUMBER", "WAITING_RETRY");

        JsonNode failed = troubledSteps("state=FAILED");
        assertThat(failed.get("totalItems").asLong()).isEqualTo(2);
        assertThat(failed.get("items")).extracting(row -> row.get("dossierId").asString()).containsExactly(older, newer);
        JsonNode row = failed.at("/items/0");
        assertThat(row.get("portalDossierCode").asString()).isEqualTo(http.dossier(older).get("portalDossierCode").asString());
        assertThat(row.get("communeCode").asString()).isEqualTo(commune);
        assertThat(row.get("step").asString()).isEqualTo("ID_NUMBER");
        assertThat(row.get("status").asString()).isEqualTo("WAITING_RETRY");
        assertThat(row.get("attempts").asInt()).isEqualTo(1);
        assertThat(row.at("/lastError/code").asString()).isEqualTo("HTTP_503");
        assertThat(row.at("/lastError/messageVi").asString()).contains("503");
        assertThat(Instant.parse(row.get("nextAttemptAt").asString())).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(Instant.parse(row.get("since").asString())).isBefore(Instant.now());
        assertThat(Duration.parse(row.get("age").asString())).isLessThan(Duration.ofMinutes(1));

        String code = http.dossier(newer).get("portalDossierCode").asString();
        JsonNode byKey = http.get("/api/v1/ops/steps?portalDossierCode=" + code).body();
        assertThat(byKey.get("items")).extracting(r -> r.get("dossierId").asString()).containsExactly(newer);
        assertThat(troubledSteps("errorKind=HTTP_503&step=ID_NUMBER").get("totalItems").asLong()).isEqualTo(2);
        assertThat(troubledSteps("errorKind=TIMEOUT").get("totalItems").asLong()).isZero();
        assertThat(troubledSteps("state=WAITING").get("totalItems").asLong()).isEqualTo(2);
        assertThat(troubledSteps("state=STUCK").get("totalItems").asLong()).isZero();
        assertThat(troubledSteps("step=BIRTH_REGISTRATION").get("totalItems").asLong()).isZero();
        assertThat(troubledSteps("olderThan=PT1H").get("totalItems").asLong()).isZero();
        assertThat(troubledSteps("olderThan=PT0S&size=1&page=1").get("items")).extracting(r -> r.get("dossierId").asString())
                .containsExactly(newer);
    }

    @Test
    void everyMalformedFilterIsNamed() {
        var answer = http.get("/api/v1/ops/steps?step=NUMBER&state=BROKEN&olderThan=1h&size=500");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:lienthong:problem:invalid-request");
        assertThat(fields(answer.body())).containsExactly("step", "state", "olderThan", "size");
        assertThat(answer.body().at("/errors/1/message").asString()).contains("FAILED, WAITING, STUCK");
        assertThat(answer.body().at("/errors/1/messageEn").asString()).contains("state must be one of");
        assertThat(http.get("/api/v1/ops/steps?page=x").body().at("/errors/0/field").asString()).isEqualTo("page");
    }

    @Test
    void anIdNumberStepWaitingToRetryIsReplayedWithTheSameRequestAndTheAuditLogSaysWhoAndWhy() {
        assignAnswers(aResponse().withStatus(503));
        String dossierId = submit();
        awaitStep(dossierId, "ID_NUMBER", "WAITING_RETRY");
        assignAnswers(json(201, "{\"personalIdNumber\":\"075326000777\",\"newlyIssued\":true}"));
        String path = "/api/v1/ops/dossiers/" + dossierId + "/steps/ID_NUMBER/replay";

        var anonymous = http.post(path, "{}");
        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(fields(anonymous.body())).containsExactly("reason");
        assertThat(fields(http.post(path, "{\"operator\": \"" + OPERATOR + "\"}").body())).containsExactly("reason");

        // The operator is the token's subject: a name in the body is not taken for it.
        var replayed = http.post(path, "{\"operator\": \"ops-hcm-01\", \"reason\": \"CSDL dân cư đã hoạt động lại\"}");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().get("replay").asString()).isEqualTo("SCHEDULED");

        kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        assertThat(step(dossierId, "ID_NUMBER").get("status").asString()).isEqualTo("COMPLETED");
        List<String> requestIds = POPULATION.findAll(postRequestedFor(urlEqualTo(ASSIGN))).stream()
                .map(request -> Json.node(request.getBodyAsString()).get("requestId").asText())
                .filter(id -> id.equals(step(dossierId, "ID_NUMBER").get("commandId").asString()))
                .toList();
        assertThat(requestIds).as("the first attempt's three calls and the replay's, one request id").hasSize(4);

        JsonNode entry = audited("REPLAY_STEP", target -> target.equals("dossiers/" + dossierId + "/steps/ID_NUMBER"));
        assertThat(entry.get("operator").asString()).isEqualTo(OPERATOR);
        assertThat(entry.get("reason").asString()).isEqualTo("CSDL dân cư đã hoạt động lại");
        assertThat(entry.at("/details/replay").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(entry.get("at").asString())).isBefore(Instant.now());
        assertThat(http.dossier(dossierId).get("history")).anySatisfy(h -> {
            assertThat(h.get("event").asString()).isEqualTo("REPLAYED");
            assertThat(h.get("messageEn").asString()).contains(OPERATOR).contains("CSDL dân cư đã hoạt động lại");
            // Named as people are in the history: the token's display name, then its subject.
            assertThat(h.get("messageEn").asString()).contains("Vận hành " + OPERATOR + " (" + OPERATOR + ")");
        });
        assertThat(http.get("/actuator/metrics/lienthong.ops.actions?tag=action:REPLAY_STEP").body()
                .at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);

        var again = http.post(path, action("lần nữa"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("NOT_REPLAYABLE");
        assertThat(http.post("/api/v1/ops/dossiers/" + UUID.randomUUID() + "/steps/ID_NUMBER/replay", action("x"))
                .status()).isEqualTo(404);
        assertThat(fields(http.post("/api/v1/ops/dossiers/" + dossierId + "/steps/NUMBER/replay", action("x")).body()))
                .containsExactly("step");
    }

    @Test
    void aRequestTheAgencyNeverAnsweredIsListedAsStuckAndSentAgainUnderTheSameCommandId() {
        String dossierId = submit();
        RegisterBirth first = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);

        await().atMost(Duration.ofSeconds(20)).until(() -> troubledSteps("state=STUCK").get("totalItems").asLong() == 1);
        JsonNode stuck = troubledSteps("state=STUCK").at("/items/0");
        assertThat(stuck.get("step").asString()).isEqualTo("BIRTH_REGISTRATION");
        assertThat(stuck.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(stuck.get("ageSeconds").asLong()).isGreaterThanOrEqualTo(2);

        var replayed = http.post("/api/v1/ops/dossiers/" + dossierId + "/steps/BIRTH_REGISTRATION/replay",
                action("Hộ tịch không trả lời"));
        assertThat(replayed.body().get("replay").asString()).isEqualTo("RESEND_SAME_COMMAND");
        assertThat(replayed.body().get("attempts").asInt()).isEqualTo(2);
        RegisterBirth again = kafka.decode(kafka.await(CivilRegistryTopics.COMMANDS, dossierId, 2).get(1),
                RegisterBirth.class);
        assertThat(again.commandId()).isEqualTo(first.commandId());
        assertThat(again.personalIdNumber()).isEqualTo(first.personalIdNumber());

        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistered(again.commandId(), again.dossierId(),
                "01/2026", 9, "KS-" + commune + "-2026-000009", LocalDate.of(2026, 11, 23), false));
        kafka.awaitOne(ResidenceTopics.COMMANDS, dossierId, RegisterPermanentResidence.class);
        assertThat(step(dossierId, "BIRTH_REGISTRATION").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(audited("REPLAY_STEP", target -> target.contains(dossierId)).at("/details/replay").asString())
                .isEqualTo("RESEND_SAME_COMMAND");
    }

    @Test
    void aRefusedRequestIsListedAsFailedAndReplayedAsANewRequest() {
        String dossierId = submit();
        RegisterBirth first = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistrationRejected(first.commandId(),
                first.dossierId(), List.of(new Rejection("DUPLICATE_BIRTH", null, "Đã đăng ký khai sinh.",
                        "Already registered."))));
        awaitStep(dossierId, "BIRTH_REGISTRATION", "ACTION_REQUIRED");

        JsonNode failed = troubledSteps("state=FAILED&errorKind=DUPLICATE_BIRTH");
        assertThat(failed.get("items")).extracting(row -> row.get("step").asString()).containsExactly("BIRTH_REGISTRATION");

        var replayed = http.post("/api/v1/ops/dossiers/" + dossierId + "/steps/BIRTH_REGISTRATION/replay",
                action("Bản ghi trùng đã được hủy"));
        assertThat(replayed.body().get("replay").asString()).isEqualTo("NEW_COMMAND");
        assertThat(replayed.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        RegisterBirth second = kafka.decode(kafka.await(CivilRegistryTopics.COMMANDS, dossierId, 2).get(1),
                RegisterBirth.class);
        assertThat(second.commandId()).isNotEqualTo(first.commandId())
                .hasToString(replayed.body().get("commandId").asString());
        assertThat(troubledSteps("state=FAILED").get("totalItems").asLong()).isZero();
    }

    @Test
    void theIdNumberBacklogGaugesAgreeWithTheDatabase() {
        assignAnswers(aResponse().withStatus(503));
        awaitStep(submit(), "ID_NUMBER", "WAITING_RETRY");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var expected = jdbc.sql("""
                            select count(*), extract(epoch from now() - min(d.received_at))
                            from dossier_step s join dossier d on d.id = s.dossier_id
                            where s.step = 'ID_NUMBER' and s.status in ('SCHEDULED', 'WAITING_RETRY')""")
                    .query((r, n) -> new double[] {r.getLong(1), r.getDouble(2)}).single();
            assertThat(gauge("lienthong.id_number.waiting")).isEqualTo(expected[0]).isGreaterThanOrEqualTo(1);
            assertThat(gauge("lienthong.id_number.oldest_waiting_seconds")).isCloseTo(expected[1],
                    offset(2.0));
        });
    }

    private double gauge(String name) {
        return http.get("/actuator/metrics/" + name).body().at("/measurements/0/value").asDouble();
    }
}
