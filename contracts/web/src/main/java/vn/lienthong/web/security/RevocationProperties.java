package vn.lienthong.web.security;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * How often a resource server reads the identity provider's list of withdrawn clients and staff
 * accounts ({@code lienthong.security.revocations.*}). Where it reads it: {@link #source}.
 *
 * @param refresh how often the list is read again: about the longest a withdrawn client's token still works
 * @param timeout how long one reading may take
 */
@ConfigurationProperties("lienthong.security.revocations")
public record RevocationProperties(
        @DefaultValue("15s") Duration refresh,
        @DefaultValue("5s") Duration timeout) {

    static final String URI_PROPERTY = "lienthong.security.revocations.uri";
    static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    public RevocationProperties {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("lienthong.security.revocations.refresh must be positive");
        }
    }

    /**
     * The list's address: {@code lienthong.security.revocations.uri}; unset, {@code /revocations}
     * of the trusted issuer ({@code issuer-uri}) if there is one; set empty, none (an issuer that
     * publishes no such list).
     */
    static Optional<URI> source(Environment environment) {
        String explicit = environment.getProperty(URI_PROPERTY);
        if (explicit != null) {
            return explicit.isBlank() ? Optional.empty() : Optional.of(URI.create(explicit.strip()));
        }
        String issuer = environment.getProperty(ISSUER_PROPERTY);
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(URI.create(issuer.strip().replaceAll("/+$", "") + "/revocations"));
    }
}
