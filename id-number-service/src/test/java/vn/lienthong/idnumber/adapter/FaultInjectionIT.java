package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.idnumber.IdNumberApi;

/** Each kind of fault, through the real HTTP stack, as a caller of the population database meets it. */
class FaultInjectionIT extends FaultyService {

    @Test
    void serverErrorsAre500Or503ProblemsAndAssignNothing() throws Exception {
        putProfile("{\"serverErrorShare\": 1, \"seed\": 11}");
        String requestId = newRequestId();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> failed = assign(requestId);
            statuses.add(failed.statusCode());
            assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json(failed);
            assertThat(problem.get("status").asInt()).isEqualTo(failed.statusCode());
            assertThat(problem.get("code").asString()).isIn("INTERNAL_ERROR", "SERVICE_UNAVAILABLE");
            assertThat(problem.get("detail").asString()).startsWith("CSDL quốc gia về dân cư").contains(" / The ");
        }
        assertThat(statuses).containsOnly(500, 503).contains(500, 503);

        putProfile("{\"profile\": \"none\"}");
        HttpResponse<String> assigned = assign(requestId);
        assertThat(assigned.statusCode()).isEqualTo(201);
        assertThat(json(assigned).get("newlyIssued").asBoolean()).isTrue();
    }

    @Test
    void aHangOutlastsTheCallersTimeoutAndEndsIn504WithNothingAssigned() throws Exception {
        putProfile("{\"hangShare\": 1, \"hangDuration\": \"3s\"}");
        String requestId = newRequestId();

        long start = System.nanoTime();
        assertThatThrownBy(() -> assign(requestId, Duration.ofSeconds(1))).isInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        start = System.nanoTime();
        HttpResponse<String> patient = mother(Duration.ofSeconds(20));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        assertThat(patient.statusCode()).isEqualTo(504);
        assertThat(json(patient).get("code").asString()).isEqualTo("GATEWAY_TIMEOUT");

        putProfile("{}");
        HttpResponse<String> assigned = assign(requestId);
        assertThat(assigned.statusCode()).isEqualTo(201);
        assertThat(json(assigned).get("newlyIssued").asBoolean()).isTrue();
    }

    @Test
    void aDroppedConnectionGivesTheCallerAnIOExceptionAndNoAnswerAtAll() throws Exception {
        putProfile("{\"droppedConnectionShare\": 1}");
        String requestId = newRequestId();

        assertThatThrownBy(() -> assign(requestId)).isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThatThrownBy(() -> mother(Duration.ofSeconds(10))).isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat(bytesAnsweredTo("GET /api/v1/citizens/" + MOTHER + " HTTP/1.1")).isZero();

        putProfile("{}");
        assertThat(assign(requestId).statusCode()).isEqualTo(201);
    }

    @Test
    void aRefusedPermissionIsA403ProblemThatSaysSo() throws Exception {
        putProfile("{\"permissionDeniedShare\": 1}");
        String requestId = newRequestId();

        HttpResponse<String> denied = assign(requestId);

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(denied);
        assertThat(problem.get("code").asString()).isEqualTo("PERMISSION_DENIED");
        assertThat(problem.get("message").asString())
                .isEqualTo("Hệ thống không có quyền truy cập CSDL quốc gia về dân cư.");
        assertThat(problem.get("messageEn").asString()).contains("no permission");
        assertThat(problem.get("detail").asString()).startsWith("Hệ thống không có quyền");
        assertThat(mother(Duration.ofSeconds(10)).statusCode()).isEqualTo(403);

        putProfile("{}");
        assertThat(assign(requestId).statusCode()).isEqualTo(201);
    }

    @Test
    void aMalformedAnswerHasASuccessStatusButNoNumberAndNothingIsAssigned() throws Exception {
        putProfile("{\"malformedShare\": 1, \"seed\": 5}");
        String requestId = newRequestId();

        List<String> contentTypes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = assign(requestId);
            assertThat(answer.statusCode()).isIn(200, 201);
            assertThat(carriesANumber(answer)).as(answer.body()).isFalse();
            contentTypes.add(answer.headers().firstValue("Content-Type").orElseThrow());
        }
        assertThat(contentTypes).anyMatch(type -> type.startsWith("text/html"))
                .anyMatch(type -> type.startsWith("application/json"));
        HttpResponse<String> citizen = mother(Duration.ofSeconds(10));
        assertThat(citizen.statusCode()).isEqualTo(200);
        assertThat(carriesANumber(citizen)).isFalse();

        putProfile("{}");
        HttpResponse<String> assigned = assign(requestId);
        assertThat(assigned.statusCode()).isEqualTo(201);
        assertThat(carriesANumber(assigned)).isTrue();
    }

    @Test
    void latencyDelaysAnswersAroundTheMedian() throws Exception {
        putProfile("{\"latencyMedian\": \"150ms\", \"latencyP99\": \"300ms\"}");

        List<Duration> took = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            long start = System.nanoTime();
            assertThat(mother(Duration.ofSeconds(10)).statusCode()).isEqualTo(200);
            took.add(Duration.ofNanos(System.nanoTime() - start));
        }
        took.sort(null);

        // Loose bounds: an unloaded look-up takes a few milliseconds, a busy build machine adds some.
        assertThat(took.get(15)).isBetween(Duration.ofMillis(110), Duration.ofMillis(1000));
    }

    @Test
    void anOutageUntilAnInstantRefusesEverythingThenRecoversByItselfWhileHealthStaysUp() throws Exception {
        Instant until = Instant.now().plusSeconds(3);
        putProfile("{\"outageUntil\": \"" + until + "\"}");
        String requestId = newRequestId();

        HttpResponse<String> refused = assign(requestId);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(json(refused).get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(mother(Duration.ofSeconds(10)).statusCode()).isEqualTo(503);
        HttpResponse<String> health = health();
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");

        Instant recovered = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> assign(requestId).statusCode() == 201 ? Instant.now() : null, Objects::nonNull);
        assertThat(recovered).isAfterOrEqualTo(until);
        assertThat(json(getProfile()).get("outageUntil").asString()).isEqualTo(until.toString());
    }

    @Test
    void anOutageRefusesAWholeBatchWith503AndAssignsNothingInIt() throws Exception {
        putProfile("{\"profile\": \"outage\"}");
        List<String> requestIds = List.of(newRequestId(), newRequestId(), newRequestId());

        HttpResponse<String> refused = batch(requestIds);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(json(refused).has("answers")).isFalse();

        putProfile("{\"profile\": \"none\"}");
        HttpResponse<String> served = batch(requestIds);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(json(served).get("answers").valueStream().map(answer -> answer.get("status").asInt()))
                .as("nothing was assigned during the outage").containsExactly(201, 201, 201);
    }

    /** A batch of sisters of the example child, one for each request id. */
    private HttpResponse<String> batch(List<String> requestIds) throws IOException, InterruptedException {
        String requests = requestIds.stream().map(requestId -> """
                {"requestId": "%s", "fullName": "%s", "sex": "FEMALE", "dateOfBirth": "2026-11-02",
                 "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234",
                 "fatherPersonalIdNumber": "070095004567", "nationality": "VN"}"""
                .formatted(requestId, Newborns.nameFor(requestId))).collect(Collectors.joining(","));
        return send(request(IdNumberApi.ASSIGN_BATCH, Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"requests\": [" + requests + "]}")).build());
    }

    /** What a raw socket receives for this request: -1 and 0 bytes when the server closes it unanswered. */
    private int bytesAnsweredTo(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAuthorization: Bearer "
                    + vn.lienthong.web.testing.TestTokens.service("orchestrator-service") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            int count = 0;
            try {
                while (in.read() != -1) {
                    count++;
                }
            } catch (SocketException reset) {
                // A reset is a dropped connection too.
            }
            return count;
        }
    }
}
