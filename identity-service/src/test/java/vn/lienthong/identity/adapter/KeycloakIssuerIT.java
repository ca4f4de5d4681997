package vn.lienthong.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;

import vn.lienthong.resourcecheck.ResourceServerCheck;

/**
 * The same resource server, pointed at a Keycloak realm instead of this provider by its issuer
 * address only, accepts Keycloak's tokens and sees the same roles and communes. Opt-in: it needs a
 * running Keycloak with deploy/keycloak/realm-lienthong.json imported, which
 * deploy/keycloak/try-keycloak.sh starts before running this test with
 * -Dlienthong.keycloak.issuer=http://127.0.0.1:PORT/realms/lienthong.
 */
@EnabledIfSystemProperty(named = "lienthong.keycloak.issuer", matches = "https?://.+")
class KeycloakIssuerIT {

    private static final String ISSUER = System.getProperty("lienthong.keycloak.issuer");
    private static final String CLIENT_SECRET = System.getProperty("lienthong.keycloak.client-secret", "local-secret-2026");
    private static final String DEMO_PASSWORD = System.getProperty("lienthong.keycloak.demo-password", "demo-2026");

    private static ConfigurableApplicationContext api;
    private static ApiCaller caller;
    private static String tokenEndpoint;

    @BeforeAll
    static void start() {
        tokenEndpoint = OAuthFlows.json(new Browser().get(ISSUER + "/.well-known/openid-configuration", "application/json").body())
                .get("token_endpoint").asString();
        api = ResourceServerCheck.start(ISSUER);
        caller = new ApiCaller(api);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void thePortalsKeycloakTokenIsAcceptedWithItsRole() {
        HttpResponse<String> response = new Browser().postForm(tokenEndpoint, Map.of("grant_type", "client_credentials"),
                Browser.basic("national-portal", CLIENT_SECRET));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = OAuthFlows.json(response.body()).get("access_token").asString();

        ApiCaller.Answer seen = caller.get("/check", token);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("roles").toString()).isEqualTo("[\"ROLE_PORTAL\"]");
        assertThat(caller.get("/check/officer", token).status()).isEqualTo(403);
    }

    @Test
    void anOfficersKeycloakTokenCarriesTheirCommunesAndName() {
        HttpResponse<String> response = new Browser().postForm(tokenEndpoint, Map.of("grant_type", "password",
                "client_id", "try-keycloak", "username", "hotich.25441.25555", "password", DEMO_PASSWORD,
                "scope", "openid"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = OAuthFlows.json(response.body()).get("access_token").asString();

        ApiCaller.Answer seen = caller.get("/check/officer", token);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("roles").toString()).isEqualTo("[\"ROLE_COMMUNE_OFFICER\"]");
        assertThat(seen.body().get("communes").toString()).isEqualTo("[\"25441\",\"25555\"]");
        assertThat(seen.body().get("name").asString()).isEqualTo("Lê Thị Mai");
    }

    @Test
    void aTokenOfThisSystemsOwnProviderIsRefusedByAnApiThatTrustsKeycloak() {
        try (IdentityProvider provider = IdentityProvider.startOnEmptyDatabase()) {
            String foreign = OAuthFlows.json(new OAuthFlows(provider.baseUrl())
                    .clientCredentials("national-portal", IdentityProvider.CLIENT_SECRET, "dossiers.read").body())
                    .get("access_token").asString();

            assertThat(caller.get("/check", foreign).status()).isEqualTo(401);
        }
    }
}
