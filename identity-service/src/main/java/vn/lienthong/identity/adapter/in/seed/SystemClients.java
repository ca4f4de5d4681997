package vn.lienthong.identity.adapter.in.seed;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

import vn.lienthong.identity.domain.Role;

/**
 * The system's own clients. Machine clients get their roles from here (a client setting); people
 * signing in through the console get theirs from the staff directory.
 */
public final class SystemClients {

    /** The client setting that holds a machine client's roles, comma-separated. */
    public static final String ROLES_SETTING = "lienthong.roles";

    public static final String NATIONAL_PORTAL = "national-portal";
    public static final String ORCHESTRATOR = "orchestrator-service";
    public static final String METRICS_SCRAPER = "metrics-scraper";
    public static final String CONSOLE = "console";

    private SystemClients() {
    }

    /**
     * Every system client, with its secret (from {@code secretOf}) hashed by {@code encoder}.
     * First-party clients need no consent screen.
     */
    public static List<RegisteredClient> all(Function<String, String> secretOf, PasswordEncoder encoder,
                                             String consoleRedirectUri, String consolePostLogoutUri) {
        return List.of(
                machine(NATIONAL_PORTAL, "Cổng Dịch vụ công quốc gia", Set.of("dossiers.submit", "dossiers.read"),
                        EnumSet.of(Role.PORTAL), encoder.encode(secretOf.apply(NATIONAL_PORTAL))),
                machine(ORCHESTRATOR, "orchestrator-service", Set.of("population.assign", "population.read"),
                        EnumSet.of(Role.SERVICE), encoder.encode(secretOf.apply(ORCHESTRATOR))),
                machine(METRICS_SCRAPER, "Thu thập số liệu vận hành", Set.of("metrics.read"),
                        EnumSet.of(Role.MONITORING), encoder.encode(secretOf.apply(METRICS_SCRAPER))),
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(CONSOLE)
                        .clientName("Bảng điều khiển liên thông")
                        .clientSecret(encoder.encode(secretOf.apply(CONSOLE)))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                        .redirectUri(consoleRedirectUri)
                        .postLogoutRedirectUri(consolePostLogoutUri)
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder()
                                .requireProofKey(true)
                                .requireAuthorizationConsent(false)
                                .build())
                        .build());
    }

    private static RegisteredClient machine(String clientId, String name, Set<String> scopes, Set<Role> roles,
                                            String secretHash) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(name)
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(granted -> granted.addAll(scopes))
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .setting(ROLES_SETTING, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                        .build())
                .build();
    }
}
