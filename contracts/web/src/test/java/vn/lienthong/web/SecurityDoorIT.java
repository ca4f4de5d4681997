package vn.lienthong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.security.VerifiedTokens;
import vn.lienthong.web.testing.TestTokens;

/** The shared resource-server door, over real HTTP: which tokens open it, and how it says no. */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityDoorIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder decoder;

    @Test
    void aValidTokenOpensTheDoorAndNamesTheCaller() throws Exception {
        var answer = get("/ops-only", TestTokens.token("vanhanh.075").name("Hoàng Minh Đức").roles(Role.OPS).sign());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode caller = JSON.readTree(answer.body());
        assertThat(caller.path("subject").asString()).isEqualTo("vanhanh.075");
        assertThat(caller.path("name").asString()).isEqualTo("Hoàng Minh Đức");
        assertThat(caller.path("role").asString()).isEqualTo("OPS");
    }

    @Test
    void aTokenSentAgainOpensTheDoorFromMemoryButAnAlteredCopyOfItDoesNot() throws Exception {
        assertThat(decoder).isInstanceOf(VerifiedTokens.class);
        String valid = TestTokens.token("vanhanh.075").roles(Role.OPS).sign();
        assertThat(get("/ops-only", valid).statusCode()).isEqualTo(200);
        assertThat(get("/ops-only", valid).statusCode()).isEqualTo(200);

        String[] parts = valid.split("\\.");
        String altered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2)
                + (parts[1].endsWith("A") ? "BB" : "AA") + "." + parts[2];
        assertThat(get("/ops-only", altered).statusCode()).isEqualTo(401);
    }

    @Test
    void everyBadTokenIs401AsAProblemAndNamesNothingElse() throws Exception {
        TestTokens ops = TestTokens.token("vanhanh.075").roles(Role.OPS);
        String valid = ops.sign();
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2)
                + (parts[1].endsWith("A") ? "BB" : "AA") + "." + parts[2];
        String[] bad = {
            null,
            "",
            "not-a-token",
            TestTokens.token("vanhanh.075").roles(Role.OPS).expiresAt(Instant.now().minusSeconds(120)).sign(),
            TestTokens.token("vanhanh.075").roles(Role.OPS).issuer("https://evil.example").sign(),
            TestTokens.token("vanhanh.075").roles(Role.OPS).audience("another-api").sign(),
            TestTokens.token("vanhanh.075").roles(Role.OPS).unsigned(),
            TestTokens.token("vanhanh.075").roles(Role.OPS).signWithUnknownKey(),
            tampered,
        };
        for (int i = 0; i < bad.length; i++) {
            var answer = get("/ops-only", bad[i]);
            assertThat(answer.statusCode()).as("bad token %d", i).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(JSON.readTree(answer.body()).path("type").asString()).isEqualTo("urn:lienthong:problem:unauthorized");
        }
    }

    @Test
    void aRoleWithoutTheRightIs403AndAnEndpointWithoutARuleIsClosedToEveryone() throws Exception {
        var portal = get("/ops-only", TestTokens.portal());
        assertThat(portal.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(portal.body()).path("type").asString()).isEqualTo("urn:lienthong:problem:forbidden");
        for (String token : new String[] {TestTokens.portal(), TestTokens.ops("a"), TestTokens.admin("b")}) {
            assertThat(get("/unruled", token).statusCode()).isEqualTo(403);
        }
        assertThat(get("/nothing-here", TestTokens.portal()).statusCode()).isEqualTo(404);
    }

    @Test
    void rolesAndCommunesATokenCannotHaveAreIgnored() throws Exception {
        String token = TestTokens.token("x").roleNames("OPS_SUPERUSER", "ROLE_OPS", "ops").sign();
        assertThat(get("/ops-only", token).statusCode()).isEqualTo(403);
    }

    @Test
    void healthIsOpenToProbes() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isIn(200, 404);
        assertThat(get("/actuator/env", TestTokens.admin("quantri")).statusCode()).isIn(403, 404);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
