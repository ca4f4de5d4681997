package vn.lienthong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.StandInIdentityProvider;
import vn.lienthong.web.testing.TestTokens;

/**
 * A service that trusts an identity provider by its address reads the provider's configuration
 * and keys by itself once it has started, with no request asking for them, and keeps asking while
 * the provider does not answer: the first requests that carry a token then find both read and
 * wait for no reading of their own. The provider is a real HTTP server on this machine
 * ({@link StandInIdentityProvider}), down when the service starts.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lienthong.security.issuer-warm-up.first-retry=200ms",
                "lienthong.security.issuer-warm-up.max-retry=1s"})
class TokenIssuerWarmUpIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WITHIN = Duration.ofSeconds(20);
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
    void theProviderIsReadInTheBackgroundOnceItAnswersAndTheFirstTokenFindsItRead() throws Exception {
        await("the service asks the provider again while it does not answer").atMost(WITHIN)
                .until(() -> PROVIDER.configurationReads() >= 2);
        assertThat(PROVIDER.keyReads()).as("no key set without a configuration").isZero();

        PROVIDER.down(false, false);
        await("the service reads the provider's configuration and keys with no request asking").atMost(WITHIN)
                .until(() -> PROVIDER.keyReads() >= 1);
        int configurationReads = PROVIDER.configurationReads();
        int keyReads = PROVIDER.keyReads();
        Thread.sleep(1_500);
        assertThat(PROVIDER.configurationReads()).as("no more readings once read").isEqualTo(configurationReads);
        assertThat(PROVIDER.keyReads()).as("no more readings once read").isEqualTo(keyReads);

        String token = TestTokens.token("vanhanh.075").roles(Role.OPS).issuer(PROVIDER.baseUrl()).sign();
        HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/ops-only"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(PROVIDER.configurationReads()).as("the first token reads no configuration").isEqualTo(configurationReads);
        assertThat(PROVIDER.keyReads()).as("the first token reads no keys").isEqualTo(keyReads);
    }
}
