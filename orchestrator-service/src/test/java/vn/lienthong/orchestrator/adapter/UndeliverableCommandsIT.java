package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;

/**
 * Commands that cannot reach their agency, or that the agency cannot process, on real Kafka and
 * PostgreSQL: none of them holds up the dossiers behind it, and each fails its step for ops, who
 * see it, redrive it and replay it. The test plays the civil registry itself.
 */
class UndeliverableCommandsIT extends OpsItSupport {

    private static KafkaProbe kafka;

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(), CivilRegistryTopics.COMMANDS);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void aCommandTooLargeForKafkaIsParkedFailsItsStepAndDoesNotHoldUpTheNextDossier() {
        // The HTTP door refuses such sizes; the data is planted in the stored form to stand for
        // whatever makes a command larger than Kafka takes (a limit lowered, a field let through).
        assertThat(http.put("/api/v1/ops/agencies/CIVIL_REGISTRY/pause", action("Chuẩn bị thử")).status()).isEqualTo(200);
        String tooLarge = submit();
        awaitStep(tooLarge, "BIRTH_REGISTRATION", "SCHEDULED");
        String original = plant(tooLarge, "Trạm y tế ".repeat(150_000));
        assertThat(http.delete("/api/v1/ops/agencies/CIVIL_REGISTRY/pause", action("Thử xong")).status()).isEqualTo(200);

        Instant submitted = Instant.now();
        String next = submit();
        kafka.awaitOne(CivilRegistryTopics.COMMANDS, next, RegisterBirth.class);
        assertThat(Duration.between(submitted, Instant.now())).as("the next dossier's command").isLessThan(Duration.ofSeconds(5));

        JsonNode failed = awaitStep(tooLarge, "BIRTH_REGISTRATION", "ACTION_REQUIRED");
        assertThat(failed.at("/lastError/code").asString()).isEqualTo("COMMAND_NOT_DELIVERABLE");
        assertThat(failed.at("/lastError/messageEn").asString()).contains("RecordTooLargeException").contains("replay");
        JsonNode dossier = http.dossier(tooLarge);
        assertThat(dossier.get("status").asString()).isEqualTo("ACTION_REQUIRED");
        assertThat(dossier.at("/requiredActions/0/kind").asString()).isEqualTo("OPS");
        assertThat(absent(dossier.at("/requiredActions/0"), "dueDate")).isTrue();
        assertThat(troubledSteps("state=FAILED&errorKind=COMMAND_NOT_DELIVERABLE").get("items"))
                .extracting(row -> row.get("dossierId").asString()).containsExactly(tooLarge);
        assertThat(kafka.records(CivilRegistryTopics.COMMANDS, tooLarge)).isEmpty();

        JsonNode listed = parked(tooLarge).get(0);
        assertThat(listed.get("topic").asString()).isEqualTo(CivilRegistryTopics.COMMANDS);
        assertThat(listed.get("messageType").asString()).isEqualTo("RegisterBirth");
        assertThat(listed.get("size").asInt()).isGreaterThan(1_048_576);
        assertThat(listed.get("reason").asString()).startsWith("RecordTooLargeException");
        assertThat(listed.get("redriven").asBoolean()).isFalse();
        assertThat(absent(listed, "payload")).isTrue();
        String place = "/api/v1/ops/parked-messages/" + listed.get("id").asLong();
        JsonNode inFull = http.get(place).body();
        assertThat(inFull.get("payload").asString()).contains(failed.get("commandId").asString());
        assertThat(http.get("/actuator/metrics/lienthong.outbox.parked").body().at("/measurements/0/value").asDouble())
                .isGreaterThanOrEqualTo(1);

        assertThat(fields(http.post(place + "/redrive", "{\"operator\": \"" + OPERATOR + "\"}").body()))
                .containsExactly("reason");
        assertThat(http.get("/api/v1/ops/parked-messages/999999999").status()).isEqualTo(404);
        assertThat(fields(http.get("/api/v1/ops/parked-messages/x").body())).containsExactly("id");
        assertThat(fields(http.get("/api/v1/ops/parked-messages?size=201&page=-1").body()))
                .containsExactly("page", "size");
        var redriven = http.post(place + "/redrive", action("Đã nâng giới hạn"));
        assertThat(redriven.status()).isEqualTo(200);
        assertThat(redriven.body().get("redrivenBy").asString()).isEqualTo(OPERATOR);
        var twice = http.post(place + "/redrive", action("lần nữa"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("code").asString()).isEqualTo("ALREADY_REDRIVEN");
        JsonNode entry = audited("REDRIVE_PARKED_MESSAGE", target -> target.equals("parked-messages/"
                + listed.get("id").asLong()));
        assertThat(entry.get("reason").asString()).isEqualTo("Đã nâng giới hạn");
        assertThat(entry.at("/details/messageType").asString()).isEqualTo("RegisterBirth");
        assertThat(entry.at("/details/key").asString()).isEqualTo(tooLarge);
        JsonNode read = audited("READ_PARKED_MESSAGE", target -> target.equals("parked-messages/"
                + listed.get("id").asLong()));
        assertThat(read.get("subject").asString()).isEqualTo(OPERATOR);
        assertThat(read.get("endpoint").asString()).isEqualTo("GET /api/v1/ops/parked-messages/{id}");
        assertThat(read.at("/details/messageType").asString()).isEqualTo("RegisterBirth");
        assertThat(read.get("details").toString()).doesNotContain(failed.get("commandId").asString());
        // The limit was not raised after all: the same command is parked again, as a new parked message.
        await().atMost(Duration.ofSeconds(10)).until(() -> parked(tooLarge).size() == 2);
        assertThat(http.get(place).body().at("/message/redriven").asBoolean()).isTrue();

        // With the data corrected, replaying the step sends a new request that fits.
        plant(tooLarge, original);
        var replayed = http.post("/api/v1/ops/dossiers/" + tooLarge + "/steps/BIRTH_REGISTRATION/replay",
                action("Dữ liệu đã sửa"));
        assertThat(replayed.body().get("replay").asString()).isEqualTo("NEW_COMMAND");
        RegisterBirth sent = kafka.awaitOne(CivilRegistryTopics.COMMANDS, tooLarge, RegisterBirth.class);
        assertThat(sent.commandId()).hasToString(replayed.body().get("commandId").asString());
    }

    @Test
    void aCommandTheAgencyDeadLettersFailsItsStepAndReplayingItSendsANewRequest() {
        String dossierId = submit();
        var first = kafka.await(CivilRegistryTopics.COMMANDS, dossierId, 1).get(0);
        RegisterBirth command = kafka.decode(first, RegisterBirth.class);
        // An older request of the same step, dead-lettered late: stale, it changes nothing.
        RegisterBirth stale = new RegisterBirth(UUID.randomUUID(), command.dossierId(), command.portalDossierCode(),
                command.registrationCommuneCode(), command.personalIdNumber(), command.child(), command.mother(),
                command.father(), command.declarant(), command.originalBirthStatementSeen());
        kafka.send(CivilRegistryTopics.COMMANDS_DEAD_LETTER, dossierId, stale);
        kafka.sendRaw(CivilRegistryTopics.COMMANDS_DEAD_LETTER, dossierId, "RegisterBirth", first.value());

        JsonNode failed = awaitStep(dossierId, "BIRTH_REGISTRATION", "ACTION_REQUIRED");
        assertThat(failed.at("/lastError/code").asString()).isEqualTo("COMMAND_DEAD_LETTERED");
        assertThat(failed.at("/lastError/messageEn").asString()).contains(CivilRegistryTopics.COMMANDS_DEAD_LETTER + "/")
                .contains("redrive");
        assertThat(failed.get("commandId").asString()).isEqualTo(command.commandId().toString());
        assertThat(http.dossier(dossierId).get("history")).filteredOn(h -> h.get("event").asString().equals("ACTION_REQUIRED"))
                .hasSize(1);
        assertThat(troubledSteps("state=FAILED&errorKind=COMMAND_DEAD_LETTERED").get("items"))
                .extracting(row -> row.get("dossierId").asString()).containsExactly(dossierId);

        var replayed = http.post("/api/v1/ops/dossiers/" + dossierId + "/steps/BIRTH_REGISTRATION/replay",
                action("Hộ tịch đã sửa bộ đọc"));
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().get("replay").asString()).isEqualTo("NEW_COMMAND");
        RegisterBirth second = kafka.decode(kafka.await(CivilRegistryTopics.COMMANDS, dossierId, 2).get(1),
                RegisterBirth.class);
        assertThat(second.commandId()).isNotEqualTo(command.commandId());
        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistered(second.commandId(), second.dossierId(),
                "01/2026", 7, "KS-" + commune + "-2026-000007", LocalDate.of(2026, 11, 23), false));
        awaitStep(dossierId, "BIRTH_REGISTRATION", "COMPLETED");
    }

    @Test
    void anAgencyThatCannotProcessARequestHandsTheStepToOpsNotToTheApplicant() {
        String dossierId = submit();
        RegisterBirth command = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistrationRejected(command.commandId(),
                command.dossierId(), List.of(Rejection.cannotProcess("data beyond a database limit (SQLSTATE 54000)"))));

        awaitStep(dossierId, "BIRTH_REGISTRATION", "ACTION_REQUIRED");
        JsonNode dossier = http.dossier(dossierId);
        assertThat(dossier.get("status").asString()).isEqualTo("ACTION_REQUIRED");
        assertThat(dossier.at("/requiredActions/0/kind").asString()).isEqualTo("OPS");
        assertThat(absent(dossier.at("/requiredActions/0"), "dueDate")).as("no supplement deadline, never refused").isTrue();
        assertThat(dossier.at("/requiredActions/0/messageVi").asString()).contains("không cần bổ sung");
        assertThat(troubledSteps("state=FAILED&errorKind=CANNOT_PROCESS").get("items"))
                .extracting(row -> row.get("dossierId").asString()).containsExactly(dossierId);
        var supplement = http.post("/api/v1/dossiers/" + dossierId + "/supplements",
                "{\"changes\": {\"residence\": {\"addressLine\": \"Thôn 3\"}}, \"note\": \"x\"}");
        assertThat(supplement.status()).as("nothing is asked of the applicant").isEqualTo(409);
    }

    /** Sets the child's place of birth in the stored form; returns what it was. */
    private String plant(String dossierId, String facilityName) {
        String before = jdbc.sql("select form #>> '{child,facilityName}' from dossier where id = ?::uuid")
                .param(dossierId).query(String.class).single();
        jdbc.sql("update dossier set form = jsonb_set(form, '{child,facilityName}', to_jsonb(?::text)) "
                        + "where id = ?::uuid")
                .params(facilityName, dossierId).update();
        return before;
    }

    /** The parked messages of a dossier, newest first. */
    private List<JsonNode> parked(String dossierId) {
        List<JsonNode> found = new ArrayList<>();
        http.get("/api/v1/ops/parked-messages?size=200").body().get("items").forEach(item -> {
            if (dossierId.equals(item.get("key").asString())) {
                found.add(item);
            }
        });
        return found;
    }
}
