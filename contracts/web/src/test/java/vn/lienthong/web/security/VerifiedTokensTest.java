package vn.lienthong.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import vn.lienthong.web.testing.MovableClock;
import vn.lienthong.web.testing.TestTokens;

/**
 * A token's signature checked once, over the real decoder and the test key: what changes while a
 * token lives (its expiry, the revocation list) is checked on every use, and a token the decoder
 * refuses is never kept.
 */
class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.now());
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();
    private final OAuth2TokenValidator<Jwt> revocations = jwt -> revoked.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The access token was revoked", null))
            : OAuth2TokenValidatorResult.success();

    @Test
    void aTokenSentAgainIsAcceptedWithoutItsSignatureCheckedAgain() {
        VerifiedTokens tokens = verifiedTokens(100);
        String portal = TestTokens.portal();

        Jwt first = tokens.decode(portal);
        Jwt again = tokens.decode(portal);
        tokens.decode(portal);

        assertThat(again.getClaims()).isEqualTo(first.getClaims());
        assertThat(signatureChecks).hasValue(1);
        tokens.decode(TestTokens.officer("hotich.25450", "25450"));
        assertThat(signatureChecks).as("another token is checked").hasValue(2);
    }

    @Test
    void aKeptTokenIsRefusedOnceRevokedAndOnceExpired() {
        VerifiedTokens tokens = verifiedTokens(100);
        String portal = TestTokens.token("national-portal").expiresAt(clock.instant().plusSeconds(120)).sign();
        tokens.decode(portal);

        revoked.set(true);
        assertThatThrownBy(() -> tokens.decode(portal)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("revoked");
        revoked.set(false);
        tokens.decode(portal);

        // Past its expiry and the decoder's minute of clock skew: refused by the decoder itself.
        clock.advance(Duration.ofSeconds(120 + 61));
        assertThatThrownBy(() -> tokens.decode(portal)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenIsKeptNoLongerThanTheMaximumAgeThenCheckedAgain() {
        VerifiedTokens tokens = verifiedTokens(100);
        String portal = TestTokens.portal();
        tokens.decode(portal);

        clock.advance(Duration.ofMinutes(5));
        tokens.decode(portal);

        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        VerifiedTokens tokens = verifiedTokens(100);
        String forged = TestTokens.token("national-portal").signWithUnknownKey();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        }
        assertThatThrownBy(() -> tokens.decode(TestTokens.token("national-portal").unsigned()))
                .isInstanceOf(JwtException.class);
        assertThat(signatureChecks).hasValue(4);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void atMostTheGivenNumberOfTokensIsKept() {
        VerifiedTokens tokens = verifiedTokens(3);
        for (int i = 0; i < 10; i++) {
            tokens.decode(TestTokens.token("client-" + i).sign());
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        String last = TestTokens.token("client-last").sign();
        tokens.decode(last);
        int checks = signatureChecks.get();
        tokens.decode(last);
        assertThat(signatureChecks).as("the newest token is kept").hasValue(checks);
    }

    private VerifiedTokens verifiedTokens(int maxTokens) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        JwtTimestampValidator time = new JwtTimestampValidator();
        time.setClock(clock);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithValidators(time),
                revocations));
        JwtDecoder counted = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        JwtTimestampValidator recheckTime = new JwtTimestampValidator();
        recheckTime.setClock(clock);
        return new VerifiedTokens(counted, new DelegatingOAuth2TokenValidator<>(recheckTime, revocations), maxTokens,
                Duration.ofMinutes(5), clock);
    }
}
