package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.orchestrator.adapter.in.scheduling.OpsJobWorker;

/** Bulk replay as a durable background job, on real PostgreSQL. */
class ReplayJobsIT extends OpsItSupport {

    private static KafkaProbe kafka;

    @Autowired
    @Qualifier("replayJobWorker")
    OpsJobWorker worker;

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(), CivilRegistryTopics.COMMANDS);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void everyFailedIdNumberStepOfACommuneIsReplayedAndTheJobReportsItsProgress() {
        List<String> dossiers = failingIdNumberSteps(3);
        assignAnswers(json(201, "{\"personalIdNumber\":\"075326000888\",\"newlyIssued\":true}"));

        var started = http.post("/api/v1/ops/replay-jobs", """
                {"communeCode": "%s", "state": "FAILED", "step": "ID_NUMBER", "errorKind": "HTTP_503",
                 "operator": "%s", "reason": "CSDL dân cư đã ổn định"}""".formatted(commune, OPERATOR));

        assertThat(started.status()).isEqualTo(202);
        String jobId = started.body().get("jobId").asString();
        assertThat(started.location()).isEqualTo("/api/v1/ops/replay-jobs/" + jobId);
        assertThat(started.body().get("total").asInt()).isEqualTo(3);
        JsonNode job = awaitJob(jobId, "DONE");
        assertThat(job.get("replayed").asInt()).isEqualTo(3);
        assertThat(job.get("skipped").asInt()).isZero();
        assertThat(job.get("pending").asInt()).isZero();
        assertThat(job.get("finishedAt").asString()).isNotBlank();
        assertThat(job.at("/filter/communeCode").asString()).isEqualTo(commune);
        for (String dossierId : dossiers) {
            awaitStep(dossierId, "ID_NUMBER", "COMPLETED");
            assertThat(http.dossier(dossierId).get("history")).extracting(h -> h.get("event").asString())
                    .contains("REPLAYED");
            // The worker replays on behalf of who started the job, named as the history names people.
            assertThat(http.dossier(dossierId).get("history")).filteredOn(h -> h.get("event").asString().equals("REPLAYED"))
                    .allSatisfy(h -> assertThat(h.get("messageEn").asString())
                            .contains("Vận hành " + OPERATOR + " (" + OPERATOR + ")"));
        }
        assertThat(job.get("operator").asString()).isEqualTo(OPERATOR);
        assertThat(job.get("operatorName").asString()).isEqualTo("Vận hành " + OPERATOR);
        JsonNode entry = audited("BULK_REPLAY", target -> target.equals("replay-jobs/" + jobId));
        assertThat(entry.at("/details/total").asInt()).isEqualTo(3);
        assertThat(entry.at("/details/communeCode").asString()).isEqualTo(commune);
        assertThat(entry.get("operator").asString()).isEqualTo(OPERATOR);
    }

    @Test
    void theJobReplaysWhatMatchedWhenItStartedAndSaysWhyItSkippedSome() {
        List<String> idNumbers = failingIdNumberSteps(2);
        String refused = refusedBirthRegistration();
        worker.stop();
        String jobId;
        String later;
        try {
            jobId = http.post("/api/v1/ops/replay-jobs", """
                    {"communeCode": "%s", "state": "FAILED", "operator": "%s", "reason": "chạy lại cả xã"}"""
                    .formatted(commune, OPERATOR)).body().get("jobId").asString();
            JsonNode waiting = http.get("/api/v1/ops/replay-jobs/" + jobId).body();
            assertThat(waiting.get("status").asString()).isEqualTo("RUNNING");
            assertThat(waiting.get("total").asInt()).isEqualTo(3);
            assertThat(waiting.get("pending").asInt()).isEqualTo(3);
            // After the snapshot, another dossier fails, and the population database is paused.
            later = failingIdNumberSteps(1).get(0);
            http.put("/api/v1/ops/agencies/POPULATION_DATABASE/pause", action("ngừng truy vấn"));
        } finally {
            worker.start();
        }

        JsonNode job = awaitJob(jobId, "DONE");
        assertThat(job.get("total").asInt()).isEqualTo(3);
        assertThat(job.get("replayed").asInt()).isEqualTo(1);
        assertThat(job.get("skipped").asInt()).isEqualTo(2);
        assertThat(job.get("errors")).extracting(e -> e.get("dossierId").asString())
                .containsExactlyInAnyOrderElementsOf(idNumbers);
        assertThat(job.get("errors")).allSatisfy(error -> {
            assertThat(error.get("outcome").asString()).isEqualTo("SKIPPED");
            assertThat(error.get("code").asString()).isEqualTo("AGENCY_PAUSED");
        });
        RegisterBirth resent = kafka.decode(kafka.await(CivilRegistryTopics.COMMANDS, refused, 2).get(1),
                RegisterBirth.class);
        assertThat(resent.commandId().toString()).isEqualTo(step(refused, "BIRTH_REGISTRATION").get("commandId").asString());
        assertThat(http.dossier(later).get("history")).extracting(h -> h.get("event").asString())
                .doesNotContain("REPLAYED");
    }

    private String refusedBirthRegistration() {
        assignAnswers(json(201, "{\"personalIdNumber\":\"075326000890\",\"newlyIssued\":true}"));
        String dossierId = submit();
        RegisterBirth first = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistrationRejected(first.commandId(),
                first.dossierId(), List.of(new Rejection("DUPLICATE_BIRTH", null, "Trùng.", "Duplicate."))));
        awaitStep(dossierId, "BIRTH_REGISTRATION", "ACTION_REQUIRED");
        return dossierId;
    }

    @Test
    void aJobLeftUnfinishedByAStoppedWorkerIsTakenUpWhenAWorkerStartsAndAfterItsLease() {
        List<String> dossiers = failingIdNumberSteps(2);
        assignAnswers(json(201, "{\"personalIdNumber\":\"075326000889\",\"newlyIssued\":true}"));
        worker.stop();
        String jobId;
        try {
            jobId = http.post("/api/v1/ops/replay-jobs", """
                    {"communeCode": "%s", "operator": "%s", "reason": "sau khi khởi động lại"}"""
                    .formatted(commune, OPERATOR)).body().get("jobId").asString();
            // As if a worker on another instance had taken the job and died: its lease still runs for 2 s.
            jdbc.sql("update replay_job set lease_until = ? where id = ?")
                    .params(Timestamp.from(Instant.now().plusSeconds(2)), UUID.fromString(jobId)).update();
            assertThat(http.get("/api/v1/ops/replay-jobs/" + jobId).body().get("replayed").asInt()).isZero();
        } finally {
            worker.start();
        }
        JsonNode job = awaitJob(jobId, "DONE");
        assertThat(job.get("replayed").asInt()).isEqualTo(2);
        assertThat(Duration.between(Instant.parse(job.get("startedAt").asString()),
                Instant.parse(job.get("finishedAt").asString()))).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        dossiers.forEach(dossierId -> awaitStep(dossierId, "ID_NUMBER", "COMPLETED"));
    }

    @Test
    void aBadFilterOrAMissingOperatorIsNamedAndAnUnknownJobIsNotFound() {
        var bad = http.post("/api/v1/ops/replay-jobs", "{\"state\": \"LOST\", \"olderThan\": \"yesterday\"}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.body())).containsExactly("state", "olderThan", "reason");
        assertThat(http.get("/api/v1/ops/replay-jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(fields(http.get("/api/v1/ops/replay-jobs/42").body())).containsExactly("jobId");
    }

    private List<String> failingIdNumberSteps(int count) {
        assignAnswers(aResponse().withStatus(503));
        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dossiers.add(submit());
        }
        dossiers.forEach(dossierId -> awaitStep(dossierId, "ID_NUMBER", "WAITING_RETRY"));
        return dossiers;
    }

    private JsonNode awaitJob(String jobId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(
                http.get("/api/v1/ops/replay-jobs/" + jobId).body().get("status").asString()));
        return http.get("/api/v1/ops/replay-jobs/" + jobId).body();
    }

}
