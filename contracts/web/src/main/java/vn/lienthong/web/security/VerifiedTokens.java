package vn.lienthong.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A resource server's token decoder that checks each token's signature once. A caller sends the
 * same access token with every request until it expires (the portal and the services for ten
 * minutes); checking its RSA signature and reading its claims again each time is most of what
 * the security chain costs a request. A token decoded before is answered from memory, after the
 * checks that can change while a token lives are run again: its validity period and
 * {@code recheck} (the revocation list). A token is remembered only once {@code decoder} accepted
 * it, and no longer than its expiry or {@code maxAge}, whichever comes first; {@code maxAge}
 * matches how long the decoder keeps the identity provider's keys, so a withdrawn key stops a
 * token no later than it would without this memory. At most {@code maxTokens} are kept: when
 * full, the expired ones go, and if that is not enough, all.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> recheck;
    private final int maxTokens;
    private final Duration maxAge;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    /** A token the decoder accepted, and until when it may be answered from memory. */
    private record Verified(Jwt jwt, Instant until) {
    }

    public VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> recheck, int maxTokens, Duration maxAge,
                          Clock clock) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1");
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive");
        }
        this.decoder = decoder;
        this.recheck = recheck;
        this.maxTokens = maxTokens;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = token == null ? null : verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            OAuth2TokenValidatorResult result = recheck.validate(known.jwt());
            if (result.hasErrors()) {
                verified.remove(token, known);
                throw new JwtValidationException("The access token is no longer valid: "
                        + result.getErrors().iterator().next().getDescription(), result.getErrors());
            }
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        remember(token, jwt, now);
        return jwt;
    }

    /** How many tokens are kept now. */
    int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt, Instant now) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        Instant until = jwt.getExpiresAt().isBefore(now.plus(maxAge)) ? jwt.getExpiresAt() : now.plus(maxAge);
        if (verified.size() >= maxTokens) {
            verified.values().removeIf(kept -> !now.isBefore(kept.until()));
            if (verified.size() >= maxTokens) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, until));
    }
}
