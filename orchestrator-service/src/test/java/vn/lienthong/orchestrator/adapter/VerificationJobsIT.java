package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import vn.lienthong.orchestrator.adapter.in.scheduling.OpsJobWorker;
import vn.lienthong.web.testing.TestTokens;

/**
 * Bulk re-verification against WireMock as the population database: outcomes per number, rounds
 * for passing failures, the pace, going on after the worker stopped, who may read a job, and
 * cancelling one.
 */
class VerificationJobsIT extends OpsItSupport {

    @Autowired
    @Qualifier("verificationJobWorker")
    OpsJobWorker worker;

    @Test
    void eachNumberIsFoundNotFoundOrFailedAfterItsLastRound() {
        citizen("075326000001", json(200,
                "{\"personalIdNumber\":\"075326000001\",\"fullName\":\"Điểu Thị Hoa\",\"dateOfBirth\":\"2026-11-02\"}"));
        citizen("075326000002", aResponse().withStatus(404));
        citizen("075326000003", aResponse().withStatus(503));
        citizen("075326000004", aResponse().withStatus(403));

        var started = http.post("/api/v1/ops/verification-jobs", """
                {"personalIdNumbers": ["075326000001", "075326000002", "075326000003", "075326000004"],
                 "operator": "%s", "reason": "Rà soát trẻ chờ xác thực"}""".formatted(OPERATOR));

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().get("ratePerSecond").asInt()).as("default pace").isEqualTo(20);
        String jobId = started.body().get("jobId").asString();
        assertThat(started.location()).isEqualTo("/api/v1/ops/verification-jobs/" + jobId);
        JsonNode job = awaitFinished(jobId);
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("total").asInt()).isEqualTo(4);
        assertThat(job.get("found").asInt()).isEqualTo(1);
        assertThat(job.get("notFound").asInt()).isEqualTo(1);
        assertThat(job.get("failed").asInt()).isEqualTo(2);
        assertThat(job.get("pending").asInt()).isZero();

        JsonNode found = http.get("/api/v1/ops/verification-jobs/" + jobId + "/items?outcome=FOUND").body();
        assertThat(found.at("/items/0/personalIdNumber").asString()).isEqualTo("075326000001");
        assertThat(found.at("/items/0/fullName").asString()).isEqualTo("Điểu Thị Hoa");
        assertThat(found.at("/items/0/dateOfBirth").asString()).isEqualTo("2026-11-02");
        JsonNode failed = http.get("/api/v1/ops/verification-jobs/" + jobId + "/items?outcome=FAILED").body();
        assertThat(failed.get("items")).extracting(i -> i.get("index").asInt() + ":" + i.get("lastError").asString()
                + ":" + i.get("attempts").asInt()).containsExactly("2:HTTP_503:3", "3:PERMISSION_DENIED:1");
        assertThat(calls("075326000003")).as("three rounds of three quick calls").isEqualTo(9);
        assertThat(calls("075326000004")).as("a refused permission is not tried again").isEqualTo(1);

        JsonNode entry = audited("VERIFICATION_JOB", target -> target.equals("verification-jobs/" + jobId));
        assertThat(entry.at("/details/numbers").asInt()).isEqualTo(4);
        assertThat(entry.get("details").toString()).doesNotContain("075326000001");
        JsonNode read = audited("READ_VERIFICATION_ITEMS", target -> target.equals("verification-jobs/" + jobId + "/items"));
        assertThat(read.get("subject").asString()).isEqualTo(OPERATOR);
        assertThat(read.get("endpoint").asString()).isEqualTo("GET /api/v1/ops/verification-jobs/{jobId}/items");
        assertThat(read.at("/details/outcome").asString()).isEqualTo("FAILED");
        assertThat(read.toString()).doesNotContain("075326000001").doesNotContain("Điểu Thị Hoa").doesNotContain("2026-11-02");
    }

    @Test
    void callsArePacedAtTheJobsRate() {
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/0753260001\\d\\d")).willReturn(json(200,
                "{\"personalIdNumber\":\"075326000100\",\"fullName\":\"Điểu Văn An\",\"dateOfBirth\":\"2026-10-01\"}")));
        List<String> numbers = numbers(100, 10);

        String jobId = start(numbers, 5);

        assertThat(awaitFinished(jobId).get("found").asInt()).isEqualTo(10);
        List<Date> calls = POPULATION.findAll(getRequestedFor(urlPathMatching("/api/v1/citizens/0753260001\\d\\d")))
                .stream().map(LoggedRequest::getLoggedDate).sorted(Comparator.naturalOrder()).toList();
        assertThat(calls).hasSize(10);
        long spreadMillis = calls.get(9).getTime() - calls.get(0).getTime();
        assertThat(spreadMillis).as("10 calls at 5 a second are spread over nearly 2 s").isGreaterThanOrEqualTo(1_500);
    }

    @Test
    void aWorkerStoppedMidJobLeavesEachNumberCheckedOnceAndTheNextWorkerGoesOn() {
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/0753260002\\d\\d")).willReturn(json(200,
                "{\"personalIdNumber\":\"075326000200\",\"fullName\":\"Điểu Văn Bình\",\"dateOfBirth\":\"2026-09-01\"}")));
        List<String> numbers = numbers(200, 30);
        String jobId = start(numbers, 10);

        await().atMost(Duration.ofSeconds(20)).until(() -> job(jobId).get("found").asInt() >= 5);
        worker.stop();
        try {
            assertThat(job(jobId).get("found").asInt()).as("checked before the stop").isLessThan(30);
            assertThat(job(jobId).get("status").asString()).isEqualTo("RUNNING");
        } finally {
            worker.start();
        }

        JsonNode job = awaitFinished(jobId);
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("found").asInt()).isEqualTo(30);
        assertThat(numbers).allSatisfy(number -> assertThat(calls(number)).as("calls for %s", number).isEqualTo(1));
    }

    @Test
    void badNumbersAreNamedByTheirPlaceInTheList() {
        var bad = http.post("/api/v1/ops/verification-jobs", """
                {"personalIdNumbers": ["075326000001", "12345", "07532600000a", null], "ratePerSecond": 0}""");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.body())).containsExactly("personalIdNumbers[1]", "personalIdNumbers[2]",
                "personalIdNumbers[3]", "ratePerSecond", "reason");
        assertThat(bad.body().at("/errors/0/code").asString()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(fields(http.post("/api/v1/ops/verification-jobs", """
                {"personalIdNumbers": [], "ratePerSecond": 201, "operator": "a", "reason": "b"}""").body()))
                .containsExactly("personalIdNumbers", "ratePerSecond");
        assertThat(http.get("/api/v1/ops/verification-jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(fields(http.get("/api/v1/ops/verification-jobs/" + UUID.randomUUID() + "/items?outcome=MAYBE")
                .body())).containsExactly("outcome");
    }

    @Test
    void onlyTheStarterReadsTheJobsItemsAndBesidesThemOnlyAnAdministratorItsCounts() {
        citizen("075326000011", json(200,
                "{\"personalIdNumber\":\"075326000011\",\"fullName\":\"Điểu Thị Hoa\",\"dateOfBirth\":\"2026-11-02\"}"));
        String jobId = start(List.of("075326000011"), 20);
        assertThat(awaitFinished(jobId).get("found").asInt()).isEqualTo(1);
        String job = "/api/v1/ops/verification-jobs/" + jobId;
        var colleague = PortalClient.as(port, TestTokens.ops("vanhanh.other"));
        var admin = PortalClient.as(port, TestTokens.admin("quantri.test"));

        assertThat(http.get(job + "/items").body().at("/items/0/fullName").asString()).isEqualTo("Điểu Thị Hoa");
        assertThat(colleague.get(job).status()).as("another ops user: the job").isEqualTo(404);
        var colleaguesItems = colleague.get(job + "/items");
        assertThat(colleaguesItems.status()).as("another ops user: the items").isEqualTo(404);
        assertThat(colleaguesItems.body().toString()).doesNotContain("Điểu Thị Hoa", "075326000011");
        var adminsView = admin.get(job);
        assertThat(adminsView.status()).isEqualTo(200);
        assertThat(adminsView.body().get("found").asInt()).isEqualTo(1);
        assertThat(adminsView.body().get("operator").asString()).isEqualTo(OPERATOR);
        assertThat(adminsView.body().toString()).doesNotContain("Điểu Thị Hoa");
        assertThat(admin.get(job + "/items").status()).as("an administrator: the items").isEqualTo(404);
        assertThat(PortalClient.as(port, TestTokens.portal()).get(job).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/ops/verification-jobs", """
                {"personalIdNumbers": ["075326000011"], "reason": "thử"}""").status())
                .as("jobs are started by ops").isEqualTo(403);
    }

    @Test
    void theStarterCancelsARunningJobWhichStopsAtOnceAndKeepsWhatItFound() {
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/0753260003\\d\\d")).willReturn(json(200,
                "{\"personalIdNumber\":\"075326000300\",\"fullName\":\"Điểu Văn Cường\",\"dateOfBirth\":\"2026-08-01\"}")));
        String jobId = start(numbers(300, 40), 4);
        await().atMost(Duration.ofSeconds(20)).until(() -> job(jobId).get("found").asInt() >= 2);
        String cancel = "/api/v1/ops/verification-jobs/" + jobId + "/cancel";

        assertThat(PortalClient.as(port, TestTokens.ops("vanhanh.other")).post(cancel, action("không phải của tôi"))
                .status()).as("another ops user").isEqualTo(404);
        var noReason = http.post(cancel, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason.body())).containsExactly("reason");
        var cancelled = http.post(cancel, action("Nhầm danh sách"));
        int callsAtCancel = calls300s();

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("cancelledBy").asString()).isEqualTo(OPERATOR);
        assertThat(cancelled.body().get("cancelReason").asString()).isEqualTo("Nhầm danh sách");
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> calls300s() <= callsAtCancel + 1);
        JsonNode job = job(jobId);
        assertThat(job.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(job.get("finishedAt").asString()).isNotBlank();
        assertThat(job.get("pending").asInt()).as("never checked").isPositive();
        assertThat(job.get("found").asInt() + job.get("pending").asInt()).isEqualTo(40);
        assertThat(http.get("/api/v1/ops/verification-jobs/" + jobId + "/items?outcome=FOUND&size=50").body()
                .get("totalItems").asInt()).as("what it found stays").isEqualTo(job.get("found").asInt());

        var again = http.post(cancel, action("lần nữa"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("JOB_NOT_RUNNING");
        JsonNode entry = audited("CANCEL_VERIFICATION_JOB", target -> target.equals("verification-jobs/" + jobId));
        assertThat(entry.get("operator").asString()).isEqualTo(OPERATOR);
        assertThat(entry.get("reason").asString()).isEqualTo("Nhầm danh sách");
        assertThat(entry.at("/details/notChecked").asInt()).isPositive();
    }

    @Test
    void anAdministratorMayCancelAnOpsUsersJobAndABadJobIdIsNamed() {
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/0753260004\\d\\d")).willReturn(json(200,
                "{\"personalIdNumber\":\"075326000400\",\"fullName\":\"Điểu Văn Dũng\",\"dateOfBirth\":\"2026-07-01\"}")));
        String jobId = start(numbers(400, 20), 2);

        var cancelled = PortalClient.as(port, TestTokens.admin("quantri.test"))
                .post("/api/v1/ops/verification-jobs/" + jobId + "/cancel", action("Quá tải CSDL dân cư"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("cancelledBy").asString()).isEqualTo("quantri.test");
        assertThat(job(jobId).get("status").asString()).isEqualTo("CANCELLED");
        var badId = http.post("/api/v1/ops/verification-jobs/not-a-job/cancel", action("x"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(fields(badId.body())).containsExactly("jobId");
        assertThat(fields(http.get("/api/v1/ops/verification-jobs/not-a-job").body())).containsExactly("jobId");
        assertThat(fields(http.get("/api/v1/ops/verification-jobs/not-a-job/items").body())).containsExactly("jobId");
        assertThat(http.post("/api/v1/ops/verification-jobs/" + UUID.randomUUID() + "/cancel", action("x")).status())
                .isEqualTo(404);
    }

    private static int calls300s() {
        return POPULATION.findAll(getRequestedFor(urlPathMatching("/api/v1/citizens/0753260003\\d\\d"))).size();
    }

    private String start(List<String> numbers, int rate) {
        String list = String.join("\", \"", numbers);
        var started = http.post("/api/v1/ops/verification-jobs", """
                {"personalIdNumbers": ["%s"], "ratePerSecond": %d, "operator": "%s", "reason": "xác thực lại"}"""
                .formatted(list, rate, OPERATOR));
        assertThat(started.status()).isEqualTo(202);
        return started.body().get("jobId").asString();
    }

    private static List<String> numbers(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> String.format("075326%06d", i)).toList();
    }

    private JsonNode job(String jobId) {
        return http.get("/api/v1/ops/verification-jobs/" + jobId).body();
    }

    private JsonNode awaitFinished(String jobId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(job(jobId).get("status").asString()));
        return job(jobId);
    }

    private static void citizen(String number, ResponseDefinitionBuilder answer) {
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/" + number)).willReturn(answer));
    }

    private static int calls(String number) {
        return POPULATION.findAll(getRequestedFor(urlEqualTo("/api/v1/citizens/" + number))).size();
    }
}
