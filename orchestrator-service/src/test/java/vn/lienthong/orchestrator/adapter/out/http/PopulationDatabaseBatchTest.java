package vn.lienthong.orchestrator.adapter.out.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase.NumberRequest;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * How the orchestrator reads the population database's answer to a batch request: each child's
 * answer as a single request's would be read, a child's own failure for that child only, and an
 * answer that cannot be matched to the requests as a failure of the whole call.
 */
class PopulationDatabaseBatchTest {

    private static final String SINGLE = "/api/v1/personal-id-numbers";
    private static final String BATCH = "/api/v1/personal-id-numbers/batch";
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();
    private static final WireMockServer POPULATION = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    private final UUID first = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private final UUID second = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private final UUID third = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private final DossierForm form = aTypicalDossier().build();
    private PopulationDatabaseHttp http;

    @BeforeAll
    static void start() {
        POPULATION.start();
    }

    @AfterAll
    static void stop() {
        POPULATION.stop();
        SCHEDULER.shutdownNow();
    }

    @BeforeEach
    void client() {
        POPULATION.resetAll();
        var client = HttpClient.newHttpClient();
        http = new PopulationDatabaseHttp(client, URI.create(POPULATION.baseUrl()), Duration.ofSeconds(5),
                new ServiceTokens(client, new ServiceTokens.Settings(null, null, null, null), Clock.systemUTC()));
    }

    @Test
    void eachChildsAnswerIsReadAsASingleRequestsAndAFailureOfOneIsThatOnesAlone() throws Exception {
        POPULATION.stubFor(post(urlEqualTo(BATCH)).willReturn(json(200, """
                {"answers": [
                  {"requestId": "%s", "status": 201,
                   "assigned": {"requestId": "%s", "personalIdNumber": "075326000101", "newlyIssued": true,
                                "issuedAt": "2026-11-23T08:00:00Z", "parentsChecked": true}},
                  {"requestId": "%s", "status": 422,
                   "problem": {"type": "https://lienthong.gov.vn/problems/invalid-content", "status": 422,
                               "errors": [{"field": "motherPersonalIdNumber", "code": "MOTHER_NOT_FOUND",
                                           "message": "Không tìm thấy người mẹ.", "messageEn": "No such mother."}]}},
                  {"requestId": "%s", "status": 500,
                   "problem": {"type": "https://lienthong.gov.vn/problems/internal-error", "status": 500}}
                ]}""".formatted(first, first, second, third))));

        List<IdNumberOutcome> outcomes = assignAll(List.of(request(first, true), request(second, false),
                request(third, false)));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isEqualTo(new IdNumberOutcome.Assigned("075326000101", true));
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(IdNumberOutcome.InvalidData.class, invalid ->
                assertThat(invalid.reasons()).singleElement().satisfies(reason -> {
                    assertThat(reason.code()).isEqualTo("MOTHER_NOT_FOUND");
                    assertThat(reason.field()).as("the dossier's field").isEqualTo("mother.personalIdNumber");
                }));
        assertThat(outcomes.get(2)).as("worth asking again, that child alone")
                .isInstanceOfSatisfying(IdNumberOutcome.TransientFailure.class, failure ->
                        assertThat(failure.reason().code()).isEqualTo("HTTP_500"));
        POPULATION.verify(postRequestedFor(urlEqualTo(BATCH)).withRequestBody(equalToJson("""
                {"requests": [{"requestId": "%s", "parentsAsDeclared": {}}, {"requestId": "%s"},
                              {"requestId": "%s"}]}""".formatted(first, second, third), true, true)));
    }

    @Test
    void anAnswerForOtherRequestsOrAnotherCountFailsTheWholeCall() {
        POPULATION.stubFor(post(urlEqualTo(BATCH)).willReturn(json(200, """
                {"answers": [{"requestId": "%s", "status": 201,
                              "assigned": {"requestId": "%s", "personalIdNumber": "075326000101"}}]}"""
                .formatted(first, first))));

        assertThat(failure(List.of(request(first, false), request(second, false)))).isEqualTo("MALFORMED_ANSWER");

        POPULATION.stubFor(post(urlEqualTo(BATCH)).willReturn(json(200, """
                {"answers": [{"requestId": "%s", "status": 201,
                              "assigned": {"requestId": "%s", "personalIdNumber": "075326000101"}}]}"""
                .formatted(second, second))));

        assertThat(assignAll(List.of(request(first, false))).get(0)).as("a number for another child is not taken")
                .isInstanceOf(IdNumberOutcome.TransientFailure.class);
    }

    @Test
    void aBatchRefusedAsAWholeIsAPassingFailureAndARefusedPermissionIsEachChilds() {
        POPULATION.stubFor(post(urlEqualTo(BATCH)).willReturn(json(503, "{\"status\": 503}")));
        assertThat(failure(List.of(request(first, false), request(second, false)))).isEqualTo("HTTP_503");

        POPULATION.stubFor(post(urlEqualTo(BATCH)).willReturn(json(403, "{\"status\": 403}")));
        assertThat(assignAll(List.of(request(first, false), request(second, false))))
                .allMatch(IdNumberOutcome.PermissionDenied.class::isInstance).hasSize(2);
    }

    @Test
    void whileTheBreakerProbesTheDatabaseEachChildIsACallOfItsOwnSoItCanCloseAgain() {
        POPULATION.stubFor(post(urlEqualTo(SINGLE)).willReturn(json(201, """
                {"personalIdNumber": "075326000101"}""")));
        POPULATION.stubFor(post(urlEqualTo(BATCH)).willReturn(json(503, "{\"status\": 503}")));
        var breaker = CircuitBreaker.of("populationDatabase", CircuitBreakerConfig.custom()
                .permittedNumberOfCallsInHalfOpenState(3).build());
        var client = client(breaker);
        breaker.transitionToOpenState();
        breaker.transitionToHalfOpenState();

        List<IdNumberOutcome> outcomes = client.assignIdNumbers(List.of(request(first, false), request(second, false),
                request(third, false)));

        assertThat(outcomes).hasSize(3).allMatch(IdNumberOutcome.Assigned.class::isInstance);
        POPULATION.verify(3, postRequestedFor(urlEqualTo(SINGLE)));
        POPULATION.verify(0, postRequestedFor(urlEqualTo(BATCH)));
        assertThat(breaker.getState()).as("closed after the calls it let through").isEqualTo(CircuitBreaker.State.CLOSED);

        POPULATION.stubFor(post(urlEqualTo(BATCH)).willReturn(json(200, """
                {"answers": [{"requestId": "%s", "status": 201, "assigned": {"personalIdNumber": "075326000102"}},
                             {"requestId": "%s", "status": 201, "assigned": {"personalIdNumber": "075326000103"}}]}"""
                .formatted(first, second))));
        assertThat(client.assignIdNumbers(List.of(request(first, false), request(second, false))))
                .containsExactly(new IdNumberOutcome.Assigned("075326000102", false),
                        new IdNumberOutcome.Assigned("075326000103", false));
        POPULATION.verify(1, postRequestedFor(urlEqualTo(BATCH)));
    }

    private PopulationDatabaseClient client(CircuitBreaker breaker) {
        return new PopulationDatabaseClient(http, Bulkhead.ofDefaults("populationDatabase"),
                TimeLimiter.of(Duration.ofSeconds(5)), breaker,
                Retry.of("populationDatabase", RetryConfig.custom().maxAttempts(1).build()), SCHEDULER,
                new SimpleMeterRegistry());
    }

    private NumberRequest request(UUID requestId, boolean checkParents) {
        return new NumberRequest(requestId, form, null, checkParents);
    }

    private List<IdNumberOutcome> assignAll(List<NumberRequest> requests) {
        try {
            return http.assignAll(requests).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TransientCallException transientCall) {
                return requests.stream().<IdNumberOutcome>map(r -> new IdNumberOutcome.TransientFailure(
                        transientCall.reason())).toList();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The code of the failure of the whole call. */
    private String failure(List<NumberRequest> requests) {
        try {
            http.assignAll(requests).get();
            throw new AssertionError("the call did not fail");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(TransientCallException.class);
            return ((TransientCallException) e.getCause()).reason().code();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
