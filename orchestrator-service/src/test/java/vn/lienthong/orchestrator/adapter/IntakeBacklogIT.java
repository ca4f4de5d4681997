package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.node.ObjectNode;

import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.TestTokens;

/**
 * Admission control on the backlog, on real PostgreSQL and Kafka: with a bound of three dossiers
 * in flight, intake takes three, refuses the next with 429, Retry-After (the configured 5 s, up to
 * half of it more at random) and the problem, before
 * reading the body and before checking the token, without storing anything and keeping the
 * connection open for the client's next request, keeps every dossier
 * it took, and takes new ones again once those no longer wait on the system. The orchestrator has a database of its own here,
 * so dossiers other test classes left in flight do not count in its backlog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class IntakeBacklogIT {

    private static final String DATABASE = "orchestrator_admission";
    private static final WireMockServer POPULATION = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws SQLException {
        POPULATION.start();
        OwnDatabase.use(DATABASE, registry);
        // No agency answers here: the reply consumers stay off, so they take nothing meant for other tests.
        for (String binding : List.of("civilRegistryReplies-in-0", "residenceReplies-in-0", "healthInsuranceReplies-in-0",
                "commandDeadLetters-in-0")) {
            registry.add("spring.cloud.stream.bindings." + binding + ".consumer.auto-startup", () -> "false");
        }
        registry.add("lienthong.procedure.population-database-url", POPULATION::baseUrl);
        // The stand-in answers single requests only, as a database without the batch request would.
        registry.add("lienthong.procedure.id-number.requests-per-call", () -> "1");
        registry.add("lienthong.procedure.id-number.first-retry-delay", () -> "300ms");
        registry.add("lienthong.procedure.id-number.max-retry-delay", () -> "300ms");
        registry.add("lienthong.intake.backlog.bound", () -> "3");
        registry.add("lienthong.intake.backlog.retry-after", () -> "5s");
        registry.add("lienthong.intake.backlog.recount-interval", () -> "100ms");
    }

    @AfterAll
    static void stop() {
        POPULATION.stop();
    }

    @Test
    void pastTheBoundIntakeRefusesWith429AndRetryAfterKeepsEveryAcceptedDossierAndTakesNewOnesOnceTheyAreDone()
            throws IOException {
        // The population database is away: each dossier's first step waits to be tried again, in flight.
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/.*")).willReturn(aResponse().withStatus(503)));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).willReturn(aResponse().withStatus(503)));
        var portal = new PortalClient(port);

        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var answer = portal.submit(PortalClient.exampleDossier());
            assertThat(answer.status()).as("dossier %d, below the bound", i + 1).isEqualTo(202);
            accepted.add(answer.body().get("dossierId").asString());
        }

        var burst = PortalClient.as(port, TestTokens.token("national-portal").roles(Role.PORTAL).sign());
        ObjectNode refusedDossier = PortalClient.exampleDossier();
        String refusedCode = refusedDossier.get("portalDossierCode").asString();
        var refused = burst.exchange("/api/v1/dossiers", refusedDossier.toString());
        assertThat(refused.status()).isEqualTo(429);
        // 5 s when the system starts refusing, and up to half of it more at random (RetryAfterAdvice).
        long retryAfter = Long.parseLong(refused.headers().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(5L, 8L);
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:lienthong:problem:intake-backlog-full");
        assertThat(refused.body().get("code").asString()).isEqualTo("BACKLOG_FULL");
        assertThat(refused.body().get("title").asString()).startsWith("Hệ thống đang quá tải").endsWith("The system is at capacity");
        assertThat(refused.body().get("backlog").asLong()).isEqualTo(3);
        assertThat(refused.body().get("bound").asLong()).isEqualTo(3);
        assertThat(refused.body().get("retryAfterSeconds").asLong()).as("the header's wait").isEqualTo(retryAfter);
        assertThat(refused.body().get("detail").asString()).startsWith("Hệ thống đang xử lý 3 hồ sơ")
                .contains("gửi lại nguyên vẹn sau " + retryAfter + " giây").contains("send it again as it is in " + retryAfter + " s");
        assertThat(jdbc.sql("select count(*) from dossier where portal_dossier_code = ?").param(refusedCode)
                .query(Long.class).single()).as("a refused dossier is not stored").isZero();
        assertThat(burst.exchange("/api/v1/dossiers", "{not even json").status())
                .as("refused before the body is read").isEqualTo(429);
        assertThat(portal.get("/api/v1/dossiers/" + accepted.get(0)).status()).as("reading is not refused").isEqualTo(200);

        for (String dossierId : accepted) {
            assertThat(portal.dossier(dossierId).get("status").asString()).as("an accepted dossier is kept, in flight")
                    .isIn("RECEIVED", "IN_PROGRESS");
        }
        assertThat(meters.get("lienthong.intake.admissions").tag("outcome", "refused").counter().count()).isEqualTo(2);
        assertThat(meters.get("lienthong.intake.admissions").tag("outcome", "admitted").counter().count()).isEqualTo(3);
        assertThat(meters.get("lienthong.intake.backlog").gauge().value()).isEqualTo(3);
        assertThat(refused.body().get("instance").asString()).isEqualTo("/api/v1/dossiers");
        // At the bound the refusal comes first of all, before the token is checked: a flood costs
        // the cores as little as it can, and a caller without a token learns only that the system is full.
        assertThat(withoutToken(refusedDossier.toString())).as("at the bound, refused before the token check")
                .isEqualTo(429);
        assertThat(meters.get("lienthong.intake.admissions").tag("outcome", "refused").counter().count()).isEqualTo(3);
        // A refusal keeps the connection (a 503 would close it): under a flood the portal's next
        // submission goes on the same connection instead of opening a new one for each refusal.
        String portalToken = TestTokens.portal();
        try (var connection = new OneConnection(port)) {
            var refusedOnIt = connection.post("/api/v1/dossiers", portalToken, refusedDossier.toString());
            assertThat(refusedOnIt.status()).isEqualTo(429);
            assertThat(refusedOnIt.headers()).doesNotContainEntry("connection", "close").containsKey("retry-after");
            assertThat(Long.parseLong(refusedOnIt.headers().get("retry-after"))).isBetween(5L, 8L);
            assertThat(refusedOnIt.body()).contains("BACKLOG_FULL");
            var next = connection.get("/api/v1/dossiers/" + accepted.get(0), portalToken);
            assertThat(next.status()).as("the next request, on the connection of the refusal").isEqualTo(200);
            assertThat(next.body()).contains(accepted.get(0));
        }
        assertThat(meters.get("lienthong.intake.admissions").tag("outcome", "refused").counter().count()).isEqualTo(4);

        // The database answers now, and refuses the mother: each dossier waits for its applicant, no longer on the system.
        POPULATION.resetAll();
        POPULATION.stubFor(get(urlPathMatching("/api/v1/citizens/.*")).willReturn(aResponse().withStatus(404)));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":422,\"errors\":[{\"field\":\"motherPersonalIdNumber\",\"code\":\"MOTHER_NOT_FOUND\","
                                + "\"message\":\"Không tìm thấy mẹ.\",\"messageEn\":\"Mother not found.\"}]}")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String dossierId : accepted) {
                assertThat(portal.dossier(dossierId).get("status").asString()).isEqualTo("ACTION_REQUIRED");
            }
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> meters.get("lienthong.intake.backlog").gauge().value() == 0);
        var again = burst.exchange("/api/v1/dossiers", refusedDossier.toString());
        assertThat(again.status()).as("the refused dossier sent again as it was").isEqualTo(202);
        assertThat(jdbc.sql("select count(*) from dossier where portal_dossier_code = ?").param(refusedCode)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single())
                .as("the three accepted and the one sent again, nothing else").isEqualTo(4);
        assertThat(withoutToken(PortalClient.exampleDossier().toString()))
                .as("below the bound the token is checked as always").isEqualTo(401);
    }

    /** A submission with no token: the status of the answer. */
    private int withoutToken(String dossier) {
        return RestClient.create("http://127.0.0.1:" + port).post().uri("/api/v1/dossiers")
                .contentType(MediaType.APPLICATION_JSON).body(dossier)
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
