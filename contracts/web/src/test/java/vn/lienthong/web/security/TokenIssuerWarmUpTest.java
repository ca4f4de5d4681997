package vn.lienthong.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.web.testing.TestTokens;

class TokenIssuerWarmUpTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void theProbeIsAWellFormedTokenOfTheGivenAlgorithmThatNoKeyVerifies() {
        String[] parts = TokenIssuerWarmUp.probe("RS256").split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").asString()).isEqualTo("RS256");
        assertThat(header.has("kid")).as("no key id: every key of the set is tried").isFalse();

        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        assertThatThrownBy(() -> decoder.decode(TokenIssuerWarmUp.probe("RS256")))
                .isInstanceOf(BadJwtException.class).hasMessageContaining("Invalid signature");
    }

    @Test
    void theProviderCountsAsReadOnceTheDecoderRefusesTheProbeAsABadToken() {
        TokenIssuerWarmUp warmUp = new TokenIssuerWarmUp(NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build(),
                "RS256", SECOND, SECOND);
        assertThat(warmUp.attempt()).as("read").isTrue();
    }

    @Test
    void aProviderThatDoesNotAnswerIsAskedAgain() {
        AtomicInteger calls = new AtomicInteger();
        JwtDecoder unreachable = token -> {
            if (calls.incrementAndGet() < 3) {
                throw new TokenIssuerUnavailableException(new IOException("connection refused"));
            }
            throw new BadJwtException("Signed JWT rejected: Invalid signature");
        };
        TokenIssuerWarmUp warmUp = new TokenIssuerWarmUp(unreachable, "RS256", SECOND, SECOND);
        assertThat(warmUp.attempt()).as("not read yet").isFalse();
        assertThat(warmUp.attempt()).as("not read yet").isFalse();
        assertThat(warmUp.attempt()).as("read").isTrue();
    }

    @Test
    void retryIntervalsMustBePositiveAndInOrder() {
        JwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        assertThatThrownBy(() -> new TokenIssuerWarmUp(decoder, "RS256", Duration.ZERO, SECOND))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first-retry");
        assertThatThrownBy(() -> new TokenIssuerWarmUp(decoder, "RS256", Duration.ofSeconds(5), SECOND))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-retry");
    }
}
