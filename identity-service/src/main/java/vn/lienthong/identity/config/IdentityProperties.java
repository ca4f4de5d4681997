package vn.lienthong.identity.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity provider ({@code lienthong.identity.*}).
 *
 * @param issuer                 the {@code iss} of every token and the base of the discovery document
 * @param audience               the {@code aud} of every access token: the APIs that accept it
 * @param accessTokenTimeToLive  how long an access token is accepted; short, because a resource server
 *                               that does not read {@code /revocations} learns of a disabled account or
 *                               deleted client only when it expires; also how far back that list goes
 * @param refreshTokenTimeToLive how long the console may refresh without a new sign-in (a working day)
 * @param consoleRedirectUri     where the console receives its authorization code
 * @param clientSecrets          the secret of each system client, by client id; empty means "not set"
 * @param demoAccounts           the demo staff accounts and the local secrets, for the local run only
 */
@ConfigurationProperties("lienthong.identity")
public record IdentityProperties(
        @DefaultValue("http://127.0.0.1:8085") URI issuer,
        @DefaultValue("lienthong-api") String audience,
        @DefaultValue("10m") Duration accessTokenTimeToLive,
        @DefaultValue("8h") Duration refreshTokenTimeToLive,
        @DefaultValue("http://127.0.0.1:8090/login/oauth2/code/lienthong") URI consoleRedirectUri,
        Map<String, String> clientSecrets,
        @DefaultValue DemoAccounts demoAccounts) {

    public IdentityProperties {
        clientSecrets = clientSecrets == null ? Map.of() : Map.copyOf(clientSecrets);
        if (accessTokenTimeToLive.isNegative() || accessTokenTimeToLive.isZero()) {
            throw new IllegalArgumentException("lienthong.identity.access-token-time-to-live must be positive");
        }
    }

    /**
     * @param enabled      seed the demo staff on an empty database and accept {@code clientSecret} for
     *                     clients whose secret is not set; off in production
     * @param password     the password of every demo staff account
     * @param clientSecret the secret of every client whose own secret is not set
     */
    public record DemoAccounts(@DefaultValue("false") boolean enabled, String password, String clientSecret) {
    }

    /** The configured secret of a client; without one, the demo secret when demo accounts are on. */
    public String secretOf(String clientId) {
        String secret = clientSecrets.get(clientId);
        if (secret != null && !secret.isBlank()) {
            return secret;
        }
        if (demoAccounts.enabled() && demoAccounts.clientSecret() != null && !demoAccounts.clientSecret().isBlank()) {
            return demoAccounts.clientSecret();
        }
        throw new IllegalStateException("lienthong.identity.client-secrets." + clientId
                + " is not set (and demo accounts are off): the client cannot be registered");
    }
}
