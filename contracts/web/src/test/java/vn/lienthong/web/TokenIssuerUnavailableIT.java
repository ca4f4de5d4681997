package vn.lienthong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.StandInIdentityProvider;
import vn.lienthong.web.testing.TestTokens;

/**
 * A service that trusts an identity provider by its address ({@code issuer-uri}, as every service
 * runs) while the provider does not answer: a request with a token gets 503 with
 * {@code Retry-After} and a problem saying the token could not be checked (the container's 500
 * before), first while the provider's configuration cannot be read, then while its keys cannot;
 * a request without a token is refused as always; and the same token is served once the provider
 * answers. The provider is a real HTTP server on this machine publishing the test key
 * ({@link StandInIdentityProvider}).
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lienthong.security.issuer-unavailable-retry-after=7s")
class TokenIssuerUnavailableIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Down from before the service starts, so that its reading at start fails too. */
    private static final StandInIdentityProvider PROVIDER = StandInIdentityProvider.startedDown();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.trustedBy(registry);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Test
    void aTokenThatCannotBeCheckedIsAnswered503WithRetryAfterUntilTheProviderAnswers() throws Exception {
        String token = TestTokens.token("vanhanh.075").roles(Role.OPS).issuer(PROVIDER.baseUrl()).sign();

        assertCannotBeChecked(get("/ops-only", token));
        assertThat(get("/ops-only", null).statusCode()).as("no token: nothing to check").isEqualTo(401);

        PROVIDER.down(false, true);
        assertCannotBeChecked(get("/ops-only", token));

        PROVIDER.down(false, false);
        HttpResponse<String> served = get("/ops-only", token);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(served.body()).get("subject").asString()).isEqualTo("vanhanh.075");
        assertThat(get("/ops-only", TestTokens.token("vanhanh.075").roles(Role.OPS).issuer(PROVIDER.baseUrl())
                .signWithUnknownKey()).statusCode()).as("a forged token is still refused as such").isEqualTo(401);
    }

    private static void assertCannotBeChecked(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:lienthong:problem:token-issuer-unavailable");
        assertThat(problem.get("code").asString()).isEqualTo("TOKEN_ISSUER_UNAVAILABLE");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("retryAfterSeconds").asLong()).isEqualTo(7);
        assertThat(problem.get("title").asString()).startsWith("Chưa kiểm tra được mã truy cập");
        assertThat(problem.get("detail").asString()).contains("gửi lại nguyên vẹn sau 7 giây")
                .contains("send it again as it is in 7 s");
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
