package vn.lienthong.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Which tokens a revocation list refuses, and what a list must look like to be taken. */
class RevocationListTest {

    private static final Instant WITHDRAWN = Instant.parse("2026-11-23T02:00:00.400Z");
    private static final RevocationList LIST = new RevocationList(Map.of("gone-portal", WITHDRAWN),
            Map.of("hotich.25450", WITHDRAWN));

    @Test
    void aClientsTokensIssuedUpToTheWithdrawalAreRefusedAndLaterOnesAccepted() {
        assertThat(LIST.revokes(token("gone-portal", "gone-portal", WITHDRAWN.minusSeconds(60)))).isTrue();
        // iat counts whole seconds: 02:00:00 may be before or after 02:00:00.400, so it is refused.
        assertThat(LIST.revokes(token("gone-portal", "gone-portal", Instant.parse("2026-11-23T02:00:00Z")))).isTrue();
        assertThat(LIST.revokes(token("gone-portal", "gone-portal", Instant.parse("2026-11-23T02:00:01Z")))).isFalse();
        assertThat(LIST.revokes(token("gone-portal", "gone-portal", null))).as("no iat").isTrue();
        assertThat(LIST.revokes(token("national-portal", "national-portal", WITHDRAWN.minusSeconds(60)))).isFalse();
    }

    @Test
    void aPersonsTokensAreRefusedWhateverClientTheySignedInWithButTheClientStaysUsable() {
        assertThat(LIST.revokes(token("hotich.25450", "console", WITHDRAWN.minusSeconds(1)))).isTrue();
        assertThat(LIST.revokes(token("hotich.25453", "console", WITHDRAWN.minusSeconds(1)))).isFalse();
        assertThat(LIST.revokes(token("hotich.25450", "console", WITHDRAWN.plus(Duration.ofSeconds(2))))).isFalse();
    }

    @Test
    void aMachineClientIsNeverTakenForAPersonOfTheSameName() {
        RevocationList person = new RevocationList(Map.of(), Map.of("metrics-scraper", WITHDRAWN));
        assertThat(person.revokes(token("metrics-scraper", "metrics-scraper", WITHDRAWN.minusSeconds(1)))).isFalse();
    }

    @Test
    void aListIsTakenWholeOrNotAtAll() {
        var feed = new RevocationFeed(java.net.URI.create("http://127.0.0.1:9/revocations"), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        RevocationList read = feed.parse(("{\"clients\": [{\"clientId\": \"a\", \"revokedAt\": \"2026-11-23T02:00:00Z\"},"
                + " {\"clientId\": \"a\", \"revokedAt\": \"2026-11-23T03:00:00Z\"}], \"staff\": []}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(read.clients()).containsEntry("a", Instant.parse("2026-11-23T03:00:00Z"));
        for (String bad : new String[] {"[]", "{\"clients\": []}", "{\"clients\": {}, \"staff\": []}",
                "{\"clients\": [{\"clientId\": 1, \"revokedAt\": \"2026-11-23T02:00:00Z\"}], \"staff\": []}",
                "{\"clients\": [], \"staff\": [{\"username\": \"x\", \"revokedAt\": \"soon\"}]}", "{"}) {
            assertThatThrownBy(() -> feed.parse(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        feed.close();
    }

    private static Jwt token(String subject, String clientId, Instant issuedAt) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).claim("client_id", clientId);
        if (issuedAt != null) {
            jwt.issuedAt(issuedAt);
        }
        return jwt.build();
    }
}
