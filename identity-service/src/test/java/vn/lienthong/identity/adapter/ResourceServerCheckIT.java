package vn.lienthong.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.identity.adapter.IdentityProvider.CLIENT_SECRET;
import static vn.lienthong.identity.adapter.IdentityProvider.DEMO_PASSWORD;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import vn.lienthong.resourcecheck.ResourceServerCheck;

/**
 * A resource server configured with nothing but the issuer's address and the claim mapping accepts
 * this provider's tokens and sees the roles and communes: what every API of the system will do.
 */
class ResourceServerCheckIT {

    private static IdentityProvider provider;
    private static ConfigurableApplicationContext api;
    private static ApiCaller caller;

    @BeforeAll
    static void start() {
        provider = IdentityProvider.startOnEmptyDatabase();
        api = ResourceServerCheck.start(provider.baseUrl());
        caller = new ApiCaller(api);
    }

    @AfterAll
    static void stop() {
        api.close();
        provider.close();
    }

    @Test
    void thePortalsTokenIsAcceptedWithItsRoleButNotWhereAnOfficerIsNeeded() {
        OAuthFlows oauth = new OAuthFlows(provider.baseUrl());
        String token = OAuthFlows.json(oauth.clientCredentials("national-portal", CLIENT_SECRET, "dossiers.submit")
                .body()).get("access_token").asString();

        JsonNode seen = caller.get("/check", token).body();
        assertThat(seen.get("subject").asString()).isEqualTo("national-portal");
        assertThat(seen.get("roles").toString()).isEqualTo("[\"ROLE_PORTAL\"]");
        assertThat(caller.get("/check/officer", token).status()).isEqualTo(403);
    }

    @Test
    void anOfficersTokenCarriesTheirCommunesToTheApi() {
        String token = new OAuthFlows(provider.baseUrl())
                .consoleSignIn(new Browser(), "hotich.25450", DEMO_PASSWORD, CLIENT_SECRET).orElseThrow()
                .get("access_token").asString();

        ApiCaller.Answer answer = caller.get("/check/officer", token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("roles").toString()).isEqualTo("[\"ROLE_COMMUNE_OFFICER\"]");
        assertThat(answer.body().get("communes").toString()).isEqualTo("[\"25450\"]");
        assertThat(answer.body().get("name").asString()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void noTokenOrATamperedOneIsRefused() {
        String token = OAuthFlows.json(new OAuthFlows(provider.baseUrl())
                .clientCredentials("national-portal", CLIENT_SECRET, "dossiers.read").body()).get("access_token").asString();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        assertThat(caller.get("/check", null).status()).isEqualTo(401);
        assertThat(caller.get("/check", tampered).status()).isEqualTo(401);
    }
}
