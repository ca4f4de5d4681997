package vn.lienthong.idnumber.adapter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultInjector;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultProfileController;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultSettings;
import vn.lienthong.idnumber.adapter.in.web.faults.NamedFaultProfiles;

/**
 * The running service with its fault simulation switched on, seen by a plain HTTP/1.1 client, as
 * the orchestrator's: timeouts, dropped connections and unreadable bodies reach the test as they
 * would reach a caller. Each test starts and ends with no faults, because the application context
 * is shared with the other fault tests.
 */
@TestPropertySource(properties = FaultSettings.SIMULATION + "=true")
abstract class FaultyService extends RunningService {

    static final String MOTHER = "070198001234";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    FaultInjector faults;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void noFaultsForTheNextTest() {
        faults.activate(NamedFaultProfiles.NONE);
    }

    HttpResponse<String> putProfile(String json) throws IOException, InterruptedException {
        return send(request(FaultProfileController.PATH, Duration.ofSeconds(10))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> getProfile() throws IOException, InterruptedException {
        return send(request(FaultProfileController.PATH, Duration.ofSeconds(10)).GET().build());
    }

    HttpResponse<String> assign(String requestId) throws IOException, InterruptedException {
        return assign(requestId, Duration.ofSeconds(10));
    }

    HttpResponse<String> assign(String requestId, Duration timeout) throws IOException, InterruptedException {
        return send(assignRequest(requestId, timeout));
    }

    HttpRequest assignRequest(String requestId, Duration timeout) {
        return request("/api/v1/personal-id-numbers", timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"requestId": "%s", "fullName": "%s", "sex": "FEMALE", "dateOfBirth": "2026-11-02",
                         "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234",
                         "fatherPersonalIdNumber": "070095004567", "nationality": "VN"}"""
                        .formatted(requestId, Newborns.nameFor(requestId))))
                .build();
    }

    HttpResponse<String> mother(Duration timeout) throws IOException, InterruptedException {
        return send(motherRequest(timeout));
    }

    HttpRequest motherRequest(Duration timeout) {
        return request("/api/v1/citizens/" + MOTHER, timeout).GET().build();
    }

    HttpResponse<String> health() throws IOException, InterruptedException {
        return send(request("/actuator/health", Duration.ofSeconds(2)).GET().build());
    }

    HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(timeout)
                .header("Authorization", "Bearer " + vn.lienthong.web.testing.TestTokens.forPath(path));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** Whether a caller could take a personal ID number from this answer, as the contract promises. */
    static boolean carriesANumber(HttpResponse<String> response) {
        try {
            JsonNode body = json(response);
            return body.path("personalIdNumber").asString("").matches("\\d{12}");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
