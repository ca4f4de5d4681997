package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.dossier.Agency;

/** Pausing and resuming one agency's automatic requests, on real PostgreSQL and Kafka. */
class AgencyPausesIT extends OpsItSupport {

    private static KafkaProbe kafka;

    @Autowired
    AgencyPauses pauses;
    @Autowired
    TransactionTemplate transactions;

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(), CivilRegistryTopics.COMMANDS);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void whileTheCivilRegistryIsPausedBirthRegistrationsAreHeldAndGoOutWhenItIsResumed() {
        var paused = http.put("/api/v1/ops/agencies/CIVIL_REGISTRY/pause", action("Bộ Tư pháp bảo trì hệ thống"));
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body().get("paused").asBoolean()).isTrue();
        JsonNode agencies = http.get("/api/v1/ops/agencies").body().get("agencies");
        assertThat(agency(agencies, "CIVIL_REGISTRY").get("pausedBy").asString()).isEqualTo(OPERATOR);
        assertThat(agency(agencies, "CIVIL_REGISTRY").get("reason").asString()).isEqualTo("Bộ Tư pháp bảo trì hệ thống");
        assertThat(agency(agencies, "CIVIL_REGISTRY").get("pausedAt").asString()).isNotBlank();
        assertThat(agency(agencies, "RESIDENCE").get("paused").asBoolean()).isFalse();
        assertThat(agency(agencies, "POPULATION_DATABASE").get("circuitBreaker").asString()).isEqualTo("CLOSED");
        assertThat(absent(agency(agencies, "CIVIL_REGISTRY"), "circuitBreaker")).isTrue();

        String dossierId = submit();
        awaitStep(dossierId, "ID_NUMBER", "COMPLETED");
        JsonNode held = awaitStep(dossierId, "BIRTH_REGISTRATION", "SCHEDULED");
        assertThat(absent(held, "commandId")).as("nothing sent").isTrue();
        assertThat(http.dossier(dossierId).get("history")).extracting(h -> h.get("event").asString()).contains("STEP_HELD");
        assertThat(troubledSteps("state=WAITING&step=BIRTH_REGISTRATION").get("totalItems").asLong()).isEqualTo(1);

        var refused = http.post("/api/v1/ops/dossiers/" + dossierId + "/steps/BIRTH_REGISTRATION/replay",
                action("thử lại"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asString()).isEqualTo("AGENCY_PAUSED");
        assertThat(refused.body().at("/pause/pausedBy").asString()).isEqualTo(OPERATOR);
        assertThat(refused.body().get("detail").asString()).contains("CIVIL_REGISTRY").contains("Bộ Tư pháp bảo trì hệ thống");
        var twice = http.put("/api/v1/ops/agencies/CIVIL_REGISTRY/pause", action("lần nữa"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("code").asString()).isEqualTo("AGENCY_ALREADY_PAUSED");
        assertThat(kafka.records(CivilRegistryTopics.COMMANDS, dossierId)).isEmpty();

        var resumed = http.delete("/api/v1/ops/agencies/CIVIL_REGISTRY/pause", action("Hết bảo trì"));
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.body().get("paused").asBoolean()).isFalse();
        RegisterBirth sent = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        assertThat(sent.personalIdNumber()).isEqualTo("075326000123");
        assertThat(step(dossierId, "BIRTH_REGISTRATION").get("commandId").asString()).isEqualTo(sent.commandId().toString());

        JsonNode pause = audited("PAUSE_AGENCY", target -> target.equals("agencies/CIVIL_REGISTRY"));
        JsonNode resume = audited("RESUME_AGENCY", target -> target.equals("agencies/CIVIL_REGISTRY"));
        assertThat(pause.get("reason").asString()).isEqualTo("Bộ Tư pháp bảo trì hệ thống");
        assertThat(resume.at("/details/pausedBy").asString()).isEqualTo(OPERATOR);
        assertThat(resume.get("id").asLong()).isGreaterThan(pause.get("id").asLong());
        var notPaused = http.delete("/api/v1/ops/agencies/CIVIL_REGISTRY/pause", action("lần nữa"));
        assertThat(notPaused.status()).isEqualTo(409);
        assertThat(notPaused.body().get("code").asString()).isEqualTo("AGENCY_NOT_PAUSED");
    }

    @Test
    void whileThePopulationDatabaseIsPausedNoNumberIsAskedForAndAStuckAttemptIsListed() {
        http.put("/api/v1/ops/agencies/POPULATION_DATABASE/pause", action("Bộ Công an yêu cầu ngừng truy vấn"));
        String dossierId = submit();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> "SCHEDULED".equals(step(dossierId, "ID_NUMBER").get("status").asString()));
        assertThat(step(dossierId, "ID_NUMBER").get("attempts").asInt()).as("no attempt made").isZero();
        assertThat(absent(step(dossierId, "ID_NUMBER"), "commandId")).as("no request made").isTrue();

        // A second dossier whose worker died mid-call before the pause: its lease ran out long ago.
        String vanished = submit();
        jdbc.sql("""
                        update dossier_step set status = 'IN_PROGRESS', command_id = ?, attempts = 1, next_attempt_at = ?
                        where dossier_id = ? and step = 'ID_NUMBER'""")
                .params(UUID.randomUUID(), Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))),
                        UUID.fromString(vanished))
                .update();
        JsonNode stuck = troubledSteps("state=STUCK");
        assertThat(stuck.get("items")).extracting(row -> row.get("dossierId").asString()).containsExactly(vanished);
        assertThat(troubledSteps("state=WAITING").get("items")).extracting(row -> row.get("dossierId").asString())
                .containsExactly(dossierId);
        assertThat(http.post("/api/v1/ops/dossiers/" + vanished + "/steps/ID_NUMBER/replay", action("x")).status())
                .isEqualTo(409);

        http.delete("/api/v1/ops/agencies/POPULATION_DATABASE/pause", action("Được phép truy vấn lại"));
        awaitStep(dossierId, "ID_NUMBER", "COMPLETED");
        awaitStep(vanished, "ID_NUMBER", "COMPLETED");
    }

    @Test
    void anUnknownAgencyAndAMissingReasonAreNamed() {
        var unknown = http.put("/api/v1/ops/agencies/TAX_OFFICE/pause", "{\"operator\": \"" + OPERATOR + "\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown.body())).containsExactly("agency", "reason");
        assertThat(unknown.body().at("/errors/0/message").asString()).contains("POPULATION_DATABASE");
        assertThat(http.get("/api/v1/ops/agencies").body().get("agencies")).allSatisfy(
                agency -> assertThat(agency.get("paused").asBoolean()).isFalse());
    }

    @Test
    void aTransactionReadsThePausesOnceHoldsThemUntilItEndsAndSeesItsOwnPause() throws Exception {
        var sawPause = new CountDownLatch(1);
        var resumeAsked = new CountDownLatch(1);
        pauses.pause(new AgencyPause(Agency.RESIDENCE, OPERATOR, Instant.now(), "bảo trì"));
        var resumedAt = new AtomicReference<Instant>();
        var endedAt = new AtomicReference<Instant>();

        var seer = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            assertThat(pauses.pauseOf(Agency.RESIDENCE)).isPresent();
            assertThat(pauses.pauseOf(Agency.HEALTH_INSURANCE)).isEmpty();
            sawPause.countDown();
            awaitQuietly(resumeAsked);
            sleepQuietly(Duration.ofMillis(300));
            assertThat(pauses.pauseOf(Agency.RESIDENCE)).as("as this transaction first saw it").isPresent();
            endedAt.set(Instant.now());
        }));
        sawPause.await();
        var resumer = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            resumeAsked.countDown();
            assertThat(pauses.resume(Agency.RESIDENCE)).isPresent();
            resumedAt.set(Instant.now());
        }));
        seer.get(20, TimeUnit.SECONDS);
        resumer.get(20, TimeUnit.SECONDS);
        assertThat(resumedAt.get()).as("the resume waited for the transaction that saw the pause")
                .isAfterOrEqualTo(endedAt.get());

        transactions.executeWithoutResult(tx -> {
            assertThat(pauses.pauseOf(Agency.HEALTH_INSURANCE)).isEmpty();
            pauses.pause(new AgencyPause(Agency.HEALTH_INSURANCE, OPERATOR, Instant.now(), "bảo trì"));
            assertThat(pauses.pauseOf(Agency.HEALTH_INSURANCE)).as("its own pause").isPresent();
            pauses.resume(Agency.HEALTH_INSURANCE);
            assertThat(pauses.pauseOf(Agency.HEALTH_INSURANCE)).as("its own resume").isEmpty();
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode agency(JsonNode agencies, String name) {
        for (JsonNode agency : agencies) {
            if (agency.get("agency").asString().equals(name)) {
                return agency;
            }
        }
        throw new AssertionError("no agency " + name);
    }
}
