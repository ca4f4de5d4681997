package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.orchestrator.adapter.out.http.PopulationDatabaseClient;

/**
 * WireMock in front of the population-database adapter drives every fault kind. Each test checks
 * what the dossier's ID-number step decided (retry later, or a person) and how many calls one
 * attempt made (three for passing faults, one for definite answers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lienthong.procedure.id-number.first-retry-delay=1h",
        "lienthong.procedure.id-number.verification-interval=200ms",
        "resilience4j.timelimiter.instances.populationDatabase.timeout-duration=500ms",
        "resilience4j.retry.instances.populationDatabase.wait-duration=20ms",
        "resilience4j.circuitbreaker.instances.populationDatabase.minimum-number-of-calls=12",
        "resilience4j.circuitbreaker.instances.populationDatabase.sliding-window-size=12",
        "resilience4j.circuitbreaker.instances.populationDatabase.failure-rate-threshold=50",
        "resilience4j.circuitbreaker.instances.populationDatabase.wait-duration-in-open-state=2s"})
class PopulationDatabaseFaultsIT {

    private static final WireMockServer POPULATION = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String ASSIGN = "/api/v1/personal-id-numbers";

    @LocalServerPort
    int port;
    @Autowired
    PopulationDatabaseClient populationDatabase;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    MeterRegistry meters;
    PortalClient portal;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        POPULATION.start();
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("orchestrator"));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("lienthong.procedure.population-database-url", POPULATION::baseUrl);
        // The stand-in answers single requests only, as a database without the batch request would.
        registry.add("lienthong.procedure.id-number.requests-per-call", () -> "1");
    }

    @AfterAll
    static void stop() {
        POPULATION.stop();
    }

    @BeforeEach
    void parentsAreKnown() {
        POPULATION.resetAll();
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/070198001234")).willReturn(json(200,
                "{\"personalIdNumber\":\"070198001234\",\"fullName\":\"Điểu Thị Lan\",\"dateOfBirth\":\"1998-04-12\"}")));
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/070095004567")).willReturn(json(200,
                "{\"personalIdNumber\":\"070095004567\",\"fullName\":\"Điểu Văn Minh\",\"dateOfBirth\":\"1995-09-30\"}")));
        portal = new PortalClient(port);
        breakers.circuitBreaker("populationDatabase").reset();
    }

    /**
     * One request per dossier: the parents travel with the request for the number, and no parent is
     * looked up apart. A failed request costs one retry of that request, not of three.
     */
    @Test
    void oneRequestPerDossierChecksTheParentsAndAFailureCostsOneRetryNotThree() {
        long exchangesBefore = assignTimer("exchange").count();
        long callsBefore = assignTimer("call").count();
        POPULATION.stubFor(post(urlEqualTo(ASSIGN)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        POPULATION.stubFor(post(urlEqualTo(ASSIGN)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(json(201, "{\"personalIdNumber\":\"075326000321\",\"newlyIssued\":true,\"parentsChecked\":true}")));
        String flaky = submit();
        awaitIdStep(flaky, "COMPLETED");
        assertThat(calls(flaky)).as("the failed request and its one quick retry").isEqualTo(2);

        assignAnswers(json(201, "{\"personalIdNumber\":\"075326000322\",\"newlyIssued\":true,\"parentsChecked\":true}"));
        String steady = submit();
        awaitIdStep(steady, "COMPLETED");
        assertThat(calls(steady)).as("one request for the dossier").isEqualTo(1);
        assertThat(assignTimer("exchange").count() - exchangesBefore).as("exchanges timed").isEqualTo(3);
        assertThat(assignTimer("call").count() - callsBefore).as("calls timed, retries included").isEqualTo(2);
        assertThat(assignTimer("call").totalTime(TimeUnit.NANOSECONDS))
                .as("a call lasts at least its exchanges").isGreaterThanOrEqualTo(assignTimer("exchange").totalTime(TimeUnit.NANOSECONDS));

        assertThat(POPULATION.findAll(postRequestedFor(urlEqualTo(ASSIGN))
                .withRequestBody(matchingJsonPath("$.parentsAsDeclared.mother.fullName", WireMock.equalTo("Điểu Thị Lan")))
                .withRequestBody(matchingJsonPath("$.parentsAsDeclared.father.dateOfBirth", WireMock.equalTo("1995-09-30")))))
                .as("every request carries the parents as declared").hasSize(3);
        assertThat(POPULATION.findAll(getRequestedFor(urlPathMatching("/api/v1/citizens/(070198001234|070095004567)"))))
                .as("no parent looked up apart").isEmpty();
    }

    @Test
    void anAnswerSlowerThanTheTimeLimitIsRetriedThenTheStepWaits() {
        assignAnswers(aResponse().withFixedDelay(1500).withStatus(201));
        assertWaitsAfterThreeCalls("TIMEOUT");
    }

    @Test
    void aHangingDatabaseIsGivenUpOnThenTheStepWaits() {
        assignAnswers(aResponse().withFixedDelay(60_000).withStatus(201));
        assertWaitsAfterThreeCalls("TIMEOUT");
    }

    @Test
    void a503IsRetriedThenTheStepWaits() {
        assignAnswers(aResponse().withStatus(503));
        assertWaitsAfterThreeCalls("HTTP_503");
    }

    @Test
    void a500IsRetriedThenTheStepWaits() {
        assignAnswers(aResponse().withStatus(500));
        assertWaitsAfterThreeCalls("HTTP_500");
    }

    @Test
    void aDroppedConnectionIsRetriedThenTheStepWaits() {
        assignAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertWaitsAfterThreeCalls("CONNECTION_FAILED");
    }

    @Test
    void aMalformedAnswerIsRetriedThenTheStepWaits() {
        assignAnswers(json(201, "<html>Service Unavailable</html>"));
        assertWaitsAfterThreeCalls("MALFORMED_ANSWER");
    }

    @Test
    void aRefusedPermissionIsNotRetriedAndGoesToAnOfficer() {
        assignAnswers(json(403, "{\"status\":403}"));
        String dossierId = submit();

        JsonNode dossier = awaitIdStep(dossierId, "ACTION_REQUIRED");

        assertThat(dossier.at("/requiredActions/0/kind").asString()).isEqualTo("OFFICER");
        assertThat(dossier.at("/requiredActions/0/reasons/0/code").asString()).isEqualTo("PERMISSION_DENIED");
        assertThat(calls(dossierId)).isEqualTo(1);
    }

    @Test
    void anOfficerRecordsTheNumberFromTheCommunePoliceAndItIsVerifiedInTheBackground() {
        assignAnswers(json(403, "{\"status\":403}"));
        String dossierId = submit();
        awaitIdStep(dossierId, "ACTION_REQUIRED");
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/075326004444")).willReturn(json(200,
                "{\"personalIdNumber\":\"075326004444\",\"fullName\":\"Điểu Thị Hoa\",\"dateOfBirth\":\"2026-11-02\"}")));

        var wrongSex = portal.post("/api/v1/dossiers/" + dossierId + "/manual-id-number",
                "{\"personalIdNumber\": \"075226004444\", \"officerId\": \"ca-25450-03\"}");
        assertThat(wrongSex.status()).isEqualTo(422);
        assertThat(wrongSex.body().at("/errors/0/field").asString()).isEqualTo("personalIdNumber");

        var recorded = portal.post("/api/v1/dossiers/" + dossierId + "/manual-id-number",
                "{\"personalIdNumber\": \"075326004444\", \"officerId\": \"ca-25450-03\", \"note\": \"Công an xã cấp\"}");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body().get("status").asString()).isEqualTo("IN_PROGRESS");

        await().atMost(Duration.ofSeconds(20)).until(() -> "VERIFIED".equals(
                portal.dossier(dossierId).at("/results/idNumber/verification").asString(null)));
        JsonNode dossier = portal.dossier(dossierId);
        assertThat(dossier.at("/results/personalIdNumber").asString()).isEqualTo("075326004444");
        assertThat(dossier.at("/results/idNumber/source").asString()).isEqualTo("MANUAL");
        assertThat(dossier.get("flags")).isEmpty();
    }

    /**
     * The number the commune police gave belongs to someone else: the dossier is flagged, naming the
     * field; who that someone is, only the commune's staff see.
     */
    @Test
    void aManualNumberOfSomeoneElseIsFlaggedWithTheirNameShownOnlyToTheCommunesStaff() {
        assignAnswers(json(403, "{\"status\":403}"));
        String dossierId = submit();
        awaitIdStep(dossierId, "ACTION_REQUIRED");
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/075326005555")).willReturn(json(200,
                "{\"personalIdNumber\":\"075326005555\",\"fullName\":\"Nguyễn Thị Mai\",\"dateOfBirth\":\"2026-11-02\"}")));

        portal.post("/api/v1/dossiers/" + dossierId + "/manual-id-number", "{\"personalIdNumber\": \"075326005555\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> "MISMATCH".equals(
                portal.dossier(dossierId).at("/results/idNumber/verification").asString(null)));
        JsonNode seenByPortal = portal.dossier(dossierId);
        assertThat(seenByPortal.get("flags")).extracting(flag -> flag.get("field").asString())
                .containsExactly("results.personalIdNumber", "child.fullName");
        assertThat(seenByPortal.toString()).doesNotContain("Nguyễn Thị Mai");
        JsonNode seenByOfficer = PortalClient.as(port, vn.lienthong.web.testing.TestTokens.officer("hotich.25450", "25450"))
                .get("/api/v1/dossiers/" + dossierId).body();
        assertThat(seenByOfficer.at("/flags/1/registeredValue").asString()).isEqualTo("Nguyễn Thị Mai");
        assertThat(seenByOfficer.at("/flags/1/declaredValue").asString()).isEqualTo("Điểu Thị Hoa");
    }

    @Test
    void theBreakerOpensOnAnUnreachableDatabaseStopsCallingAndClosesWhenItIsBack() {
        assignAnswers(aResponse().withStatus(503));
        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            dossiers.add(submit());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> populationDatabase.breakerState() == CircuitBreaker.State.OPEN);
        int callsWhileOpen = POPULATION.findAll(postRequestedFor(urlEqualTo(ASSIGN))).size();

        POPULATION.resetMappings();
        parentsAreKnownAgain();
        POPULATION.stubFor(post(urlEqualTo(ASSIGN)).willReturn(json(201, "{\"personalIdNumber\":\"075326000321\"}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> populationDatabase.breakerState() == CircuitBreaker.State.CLOSED);
        for (String dossierId : dossiers) {
            awaitIdStep(dossierId, "COMPLETED");
        }
        assertThat(callsWhileOpen).as("calls before the breaker opened").isLessThanOrEqualTo(18);
    }

    private void parentsAreKnownAgain() {
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/070198001234")).willReturn(json(200,
                "{\"personalIdNumber\":\"070198001234\",\"fullName\":\"Điểu Thị Lan\",\"dateOfBirth\":\"1998-04-12\"}")));
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/070095004567")).willReturn(json(200,
                "{\"personalIdNumber\":\"070095004567\",\"fullName\":\"Điểu Văn Minh\",\"dateOfBirth\":\"1995-09-30\"}")));
    }

    private void assertWaitsAfterThreeCalls(String code) {
        String dossierId = submit();

        JsonNode dossier = awaitIdStep(dossierId, "WAITING_RETRY");

        JsonNode step = dossier.get("steps").get(0);
        assertThat(step.at("/lastError/code").asString()).isEqualTo(code);
        assertThat(step.get("attempts").asInt()).isEqualTo(1);
        assertThat(step.get("nextAttemptAt").asString()).isNotBlank();
        assertThat(dossier.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(calls(dossierId)).as("calls in one attempt: the first and two quick retries").isEqualTo(3);
    }

    private Timer assignTimer(String kind) {
        return meters.timer("lienthong.population_database." + kind, "operation", "assign");
    }

    private String submit() {
        var answer = portal.submit(PortalClient.exampleDossier());
        assertThat(answer.status()).isEqualTo(202);
        return answer.body().get("dossierId").asString();
    }

    private JsonNode awaitIdStep(String dossierId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                status.equals(portal.dossier(dossierId).get("steps").get(0).get("status").asString()));
        return portal.dossier(dossierId);
    }

    /** Calls made for this dossier: the request id is the ID-number step's command id. */
    private int calls(String dossierId) {
        String requestId = portal.dossier(dossierId).get("steps").get(0).path("commandId").asString(null);
        return requestId == null ? POPULATION.findAll(postRequestedFor(urlEqualTo(ASSIGN))).size()
                : POPULATION.findAll(postRequestedFor(urlEqualTo(ASSIGN))
                        .withRequestBody(matchingJsonPath("$.requestId", WireMock.equalTo(requestId)))).size();
    }

    private static void assignAnswers(ResponseDefinitionBuilder response) {
        POPULATION.stubFor(post(urlEqualTo(ASSIGN)).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
