package vn.lienthong.identity.adapter.out.persistence;

import java.time.Duration;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registered clients with the token lifetimes of the configuration, not those stored when the
 * client was registered: changing {@code lienthong.identity.access-token-time-to-live} takes effect
 * at the next start for every client.
 */
public class ConfiguredTokenLifetimes implements RegisteredClientRepository {

    private final RegisteredClientRepository stored;
    private final Duration accessToken;
    private final Duration refreshToken;

    public ConfiguredTokenLifetimes(RegisteredClientRepository stored, Duration accessToken, Duration refreshToken) {
        this.stored = stored;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    @Override
    public void save(RegisteredClient client) {
        stored.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return withLifetimes(stored.findById(id));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return withLifetimes(stored.findByClientId(clientId));
    }

    private RegisteredClient withLifetimes(RegisteredClient client) {
        if (client == null) {
            return null;
        }
        return RegisteredClient.from(client)
                .tokenSettings(TokenSettings.withSettings(client.getTokenSettings().getSettings())
                        .accessTokenTimeToLive(accessToken)
                        .refreshTokenTimeToLive(refreshToken)
                        // A refresh gives a new refresh token; a stolen old one is then worthless.
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }
}
