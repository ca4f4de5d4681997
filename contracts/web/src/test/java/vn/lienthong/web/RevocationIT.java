package vn.lienthong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.StandInIdentityProvider;
import vn.lienthong.web.testing.TestTokens;

/**
 * A withdrawn client's or person's token refused within a refresh of the identity provider's
 * revocation list, which a real HTTP server on this machine stands in for; the last list kept
 * while the provider fails.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lienthong.security.revocations.refresh=200ms")
class RevocationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WITHIN_A_FEW_REFRESHES = Duration.ofSeconds(5);

    private static final StandInIdentityProvider PROVIDER = new StandInIdentityProvider();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("lienthong.security.revocations.uri", () -> PROVIDER.baseUrl() + "/revocations");
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Test
    void aClientWithdrawnAfterItsTokenWasIssuedIsRefusedWithinARefreshAndAClientRegisteredAgainIsNot() throws Exception {
        Instant withdrawn = Instant.now().minusSeconds(30);
        String before = TestTokens.token("batch-client").roles(Role.OPS).issuedAt(withdrawn.minusSeconds(30)).sign();
        String after = TestTokens.token("batch-client").roles(Role.OPS).issuedAt(withdrawn.plusSeconds(20)).sign();
        String another = TestTokens.token("other-client").roles(Role.OPS).issuedAt(withdrawn.minusSeconds(30)).sign();
        assertThat(get("/ops-only", before).statusCode()).isEqualTo(200);

        PROVIDER.answerRevocations(200, "{\"clients\": [{\"clientId\": \"batch-client\", \"revokedAt\": \"" + withdrawn + "\"}],"
                + " \"staff\": []}");

        await().atMost(WITHIN_A_FEW_REFRESHES).until(() -> get("/ops-only", before).statusCode() == 401);
        assertRefused(get("/ops-only", before));
        assertThat(get("/ops-only", after).statusCode()).as("a token issued after the withdrawal").isEqualTo(200);
        assertThat(get("/ops-only", another).statusCode()).as("another client's token").isEqualTo(200);
    }

    @Test
    void aStaffMemberDisabledAfterSigningInIsRefusedButNotTheConsoleTheySignedInWith() throws Exception {
        Instant disabled = Instant.now().minusSeconds(30);
        String officer = TestTokens.token("vanhanh.gone").clientId("console").roles(Role.OPS)
                .issuedAt(disabled.minusSeconds(1)).sign();
        String colleague = TestTokens.token("vanhanh.stays").clientId("console").roles(Role.OPS)
                .issuedAt(disabled.minusSeconds(1)).sign();
        assertThat(get("/ops-only", officer).statusCode()).isEqualTo(200);

        PROVIDER.answerRevocations(200, "{\"clients\": [], \"staff\": [{\"username\": \"vanhanh.gone\", \"revokedAt\": \""
                + disabled + "\"}]}");

        await().atMost(WITHIN_A_FEW_REFRESHES).until(() -> get("/ops-only", officer).statusCode() == 401);
        assertRefused(get("/ops-only", officer));
        assertThat(get("/ops-only", colleague).statusCode()).isEqualTo(200);
    }

    @Test
    void whileTheProviderFailsOrAnswersGarbageTheLastListIsKept() throws Exception {
        Instant withdrawn = Instant.now().minusSeconds(30);
        String token = TestTokens.token("kept-client").roles(Role.OPS).issuedAt(withdrawn.minusSeconds(5)).sign();
        PROVIDER.answerRevocations(200, "{\"clients\": [{\"clientId\": \"kept-client\", \"revokedAt\": \"" + withdrawn + "\"}],"
                + " \"staff\": []}");
        await().atMost(WITHIN_A_FEW_REFRESHES).until(() -> get("/ops-only", token).statusCode() == 401);

        for (String[] failure : new String[][] {
                {"503", "{\"clients\": [], \"staff\": []}"},
                {"200", "not json"},
                {"200", "{\"clients\": [{\"clientId\": \"kept-client\"}], \"staff\": []}"},
                {"200", "{\"clients\": [{\"clientId\": \"kept-client\", \"revokedAt\": \"yesterday\"}], \"staff\": []}"},
                {"200", "{\"staff\": []}"}}) {
            PROVIDER.answerRevocations(Integer.parseInt(failure[0]), failure[1]);
            int readings = PROVIDER.revocationReads();
            await().atMost(WITHIN_A_FEW_REFRESHES).until(() -> PROVIDER.revocationReads() >= readings + 2);
            assertThat(get("/ops-only", token).statusCode()).as("after %s %s", failure[0], failure[1]).isEqualTo(401);
        }

        PROVIDER.answerRevocations(200, "{\"clients\": [], \"staff\": []}");
        await().atMost(WITHIN_A_FEW_REFRESHES).until(() -> get("/ops-only", token).statusCode() == 200);
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer")
                .contains("error=\"invalid_token\"");
        assertThat(JSON.readTree(answer.body()).path("type").asString()).isEqualTo("urn:lienthong:problem:unauthorized");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
