package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.local.SharedInfrastructure;

/**
 * What the ops ITs share: one application context on the shared PostgreSQL and Kafka (declared
 * here once, so every ops IT reuses it), WireMock as the population database, and the ops user's
 * HTTP calls. Settings are short so that waiting, stuck and retried states show within seconds.
 * Each test uses its own commune code, so listings see only its dossiers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lienthong.procedure.id-number.first-retry-delay=1h",
        "lienthong.procedure.id-number.max-retry-delay=1h",
        "lienthong.ops.stuck-after=2s",
        "lienthong.ops.release-interval=200ms",
        "lienthong.ops.job-poll-interval=100ms",
        "lienthong.ops.metrics-cache-ttl=100ms",
        "lienthong.ops.verification.round-delay=300ms",
        "resilience4j.retry.instances.populationDatabase.wait-duration=20ms",
        "resilience4j.circuitbreaker.instances.populationDatabase.minimum-number-of-calls=1000",
        "resilience4j.circuitbreaker.instances.populationDatabase.sliding-window-size=1000"})
abstract class OpsItSupport {

    /** Lives as long as the JVM: the cached context keeps pointing at its port. */
    static final WireMockServer POPULATION = startedPopulationDatabase();
    static final String ASSIGN = "/api/v1/personal-id-numbers";
    /** The subject of the ops token the tests' client sends (TestTokens.forPath). */
    static final String OPERATOR = "vanhanh.test";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CircuitBreakerRegistry breakers;
    PortalClient http;
    String commune;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("orchestrator"));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("lienthong.procedure.population-database-url", POPULATION::baseUrl);
        // The stand-in answers single requests only, as a database without the batch request would.
        registry.add("lienthong.procedure.id-number.requests-per-call", () -> "1");
    }

    private static WireMockServer startedPopulationDatabase() {
        var server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-wiremock"));
        return server;
    }

    @BeforeEach
    void populationDatabaseWorks() {
        POPULATION.resetAll();
        parentsAreKnown();
        assignAnswers(json(201, "{\"personalIdNumber\":\"075326000123\",\"newlyIssued\":true}"));
        breakers.circuitBreaker("populationDatabase").reset();
        http = new PortalClient(port);
        commune = String.format("%05d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000));
    }

    /** A test that paused an agency must not leave it paused for the next. */
    @AfterEach
    void resumeEveryAgency() {
        jdbc.sql("delete from agency_pause").update();
    }

    static void parentsAreKnown() {
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/070198001234")).willReturn(json(200,
                "{\"personalIdNumber\":\"070198001234\",\"fullName\":\"Điểu Thị Lan\",\"dateOfBirth\":\"1998-04-12\"}")));
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/070095004567")).willReturn(json(200,
                "{\"personalIdNumber\":\"070095004567\",\"fullName\":\"Điểu Văn Minh\",\"dateOfBirth\":\"1995-09-30\"}")));
    }

    static void assignAnswers(ResponseDefinitionBuilder response) {
        POPULATION.stubFor(post(urlEqualTo(ASSIGN)).willReturn(response));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Submits the example dossier in this test's commune; returns its id. */
    String submit() {
        ObjectNode dossier = PortalClient.exampleDossier();
        dossier.put("registrationCommuneCode", commune);
        ((ObjectNode) dossier.get("residence")).put("communeCode", commune);
        var answer = http.submit(dossier);
        assertThat(answer.status()).isEqualTo(202);
        return answer.body().get("dossierId").asString();
    }

    JsonNode step(String dossierId, String name) {
        for (JsonNode step : http.dossier(dossierId).get("steps")) {
            if (step.get("step").asString().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name);
    }

    JsonNode awaitStep(String dossierId, String name, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(step(dossierId, name).get("status").asString()));
        return step(dossierId, name);
    }

    /** The ops listing of this test's commune. */
    JsonNode troubledSteps(String query) {
        var answer = http.get("/api/v1/ops/steps?communeCode=" + commune + (query.isEmpty() ? "" : "&" + query));
        assertThat(answer.status()).as("listing %s", query).isEqualTo(200);
        return answer.body();
    }

    static String action(String reason) {
        return "{\"operator\": \"" + OPERATOR + "\", \"reason\": \"" + reason + "\"}";
    }

    /** The newest audit entry of {@code action} whose target matches, waiting for it if need be. */
    JsonNode audited(String action, Predicate<String> target) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            found.clear();
            http.get("/api/v1/ops/audit?action=" + action + "&size=200").body().get("items").forEach(entry -> {
                if (target.test(entry.get("target").asString())) {
                    found.add(entry);
                }
            });
            return !found.isEmpty();
        });
        return found.get(0);
    }

    /** Null values are left out of the answers. */
    static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
