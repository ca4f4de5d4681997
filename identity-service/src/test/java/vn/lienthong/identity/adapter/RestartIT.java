package vn.lienthong.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.identity.adapter.IdentityProvider.CLIENT_SECRET;
import static vn.lienthong.identity.adapter.IdentityProvider.DEMO_PASSWORD;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JWSObject;

/** What a restart, or a second instance, must keep: the signing key, the seeded data once, deletions. */
class RestartIT {

    private static final Logger log = LoggerFactory.getLogger(RestartIT.class);

    @Test
    void aTokenIssuedBeforeARestartStillVerifiesAndNothingIsSeededTwice() throws Exception {
        try (IdentityProvider provider = IdentityProvider.startOnEmptyDatabase()) {
            long firstStart = provider.startMillis();
            OAuthFlows oauth = new OAuthFlows(provider.baseUrl());
            String before = accessToken(oauth);
            String kid = JWSObject.parse(before).getHeader().getKeyID();
            // The seven named demo staff and one officer for each of the 17 other communes.
            assertThat(count(provider, "staff_member")).isEqualTo(24);
            assertThat(count(provider, "oauth2_registered_client")).isEqualTo(4);
            // An administrator removes an account and a client: a restart must not bring them back.
            provider.database().sql("delete from staff_member where username = 'quantri'").update();
            provider.database().sql("delete from oauth2_registered_client where client_id = 'metrics-scraper'").update();

            provider.restart();

            assertThat(oauth.verify(before).getClaimAsStringList("roles")).containsExactly("PORTAL");
            assertThat(JWSObject.parse(accessToken(oauth)).getHeader().getKeyID()).isEqualTo(kid);
            assertThat(count(provider, "signing_key")).isEqualTo(1);
            assertThat(count(provider, "staff_member")).isEqualTo(23);
            assertThat(count(provider, "staff_member_commune")).as("no binding added twice").isEqualTo(23);
            assertThat(count(provider, "oauth2_registered_client")).isEqualTo(3);
            assertThat(oauth.clientCredentials("metrics-scraper", CLIENT_SECRET, "metrics.read").statusCode()).isEqualTo(401);
            assertThat(oauth.consoleSignIn(new Browser(), "quantri", DEMO_PASSWORD, CLIENT_SECRET)).isEmpty();
            assertThat(oauth.consoleSignIn(new Browser(), "hotich.25450", DEMO_PASSWORD, CLIENT_SECRET)).isPresent();
            log.info("Identity service ready in {} ms on an empty database, {} ms on a restart",
                    firstStart, provider.startMillis());
        }
    }

    @Test
    void aSecondInstanceOnTheSameDatabasePublishesTheSameKeyAndAcceptsTheFirstOnesRefreshToken() throws Exception {
        try (IdentityProvider first = IdentityProvider.startOnEmptyDatabase();
             IdentityProvider second = first.anotherInstance()) {
            var tokens = new OAuthFlows(first.baseUrl())
                    .consoleSignIn(new Browser(), "hotich.25450", DEMO_PASSWORD, CLIENT_SECRET).orElseThrow();
            String kid = JWSObject.parse(tokens.get("access_token").asString()).getHeader().getKeyID();

            HttpResponse<String> jwks = new Browser().get(second.baseUrl() + "/oauth2/jwks");
            assertThat(OAuthFlows.json(jwks.body()).get("keys").get(0).get("kid").asString()).isEqualTo(kid);
            HttpResponse<String> refreshed = new OAuthFlows(second.baseUrl())
                    .refresh(tokens.get("refresh_token").asString(), CLIENT_SECRET);
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            assertThat(count(second, "staff_member")).isEqualTo(24);
        }
    }

    private static String accessToken(OAuthFlows oauth) {
        HttpResponse<String> response = oauth.clientCredentials("national-portal", CLIENT_SECRET, "dossiers.read");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return OAuthFlows.json(response.body()).get("access_token").asString();
    }

    private static int count(IdentityProvider provider, String table) {
        return provider.database().sql("select count(*) from " + table).query(Integer.class).single();
    }
}
