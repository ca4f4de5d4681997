package vn.lienthong.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.identity.adapter.IdentityProvider.CLIENT_SECRET;
import static vn.lienthong.identity.adapter.IdentityProvider.DEMO_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import com.nimbusds.jose.JWSObject;

import tools.jackson.databind.JsonNode;

/** The provider as its clients meet it: real HTTP, real PostgreSQL, tokens checked against the JWK set. */
class IdentityProviderIT {

    private static IdentityProvider provider;
    private static OAuthFlows oauth;

    @BeforeAll
    static void start() {
        provider = IdentityProvider.startOnEmptyDatabase();
        oauth = new OAuthFlows(provider.baseUrl());
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void theNationalPortalGetsAShortLivedSignedTokenForTheApiWithItsRole() throws Exception {
        HttpResponse<String> response = oauth.clientCredentials("national-portal", CLIENT_SECRET, "dossiers.submit dossiers.read");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = OAuthFlows.json(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isBetween(590, 600);
        String token = body.get("access_token").asString();

        Jwt jwt = oauth.verify(token);
        assertThat(jwt.getIssuer().toString()).isEqualTo(provider.baseUrl());
        assertThat(jwt.getAudience()).containsExactly("lienthong-api");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PORTAL");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("national-portal");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Cổng Dịch vụ công quốc gia");
        assertThat(jwt.getClaimAsString("scope")).contains("dossiers.submit").contains("dossiers.read");
        assertThat(jwt.getClaims()).doesNotContainKey("communes");

        String kid = JWSObject.parse(token).getHeader().getKeyID();
        assertThat(JWSObject.parse(token).getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        JsonNode keys = OAuthFlows.json(new Browser().get(provider.baseUrl() + "/oauth2/jwks").body()).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kid").asString()).isEqualTo(kid);
        assertThat(keys.get(0).has("d")).as("the JWK set publishes no private part").isFalse();
    }

    @Test
    void aWrongSecretOrAnUnknownClientGetsNoToken() {
        HttpResponse<String> wrongSecret = oauth.clientCredentials("national-portal", "not-the-secret", "dossiers.read");
        HttpResponse<String> unknown = oauth.clientCredentials("some-portal", CLIENT_SECRET, "dossiers.read");
        HttpResponse<String> scopeNotGranted = oauth.clientCredentials("national-portal", CLIENT_SECRET, "population.assign");

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(OAuthFlows.json(wrongSecret.body()).get("error").asString()).isEqualTo("invalid_client");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(scopeNotGranted.statusCode()).isEqualTo(400);
        assertThat(OAuthFlows.json(scopeNotGranted.body()).get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void anOfficerSignsInToTheConsoleAndItsTokensCarryTheirCommunesAndRole() {
        JsonNode tokens = oauth.consoleSignIn(new Browser(), "hotich.25441.25555", DEMO_PASSWORD, CLIENT_SECRET)
                .orElseThrow(() -> new AssertionError("sign-in refused"));

        Jwt access = oauth.verify(tokens.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("hotich.25441.25555");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("COMMUNE_OFFICER");
        assertThat(access.getClaimAsStringList("communes")).containsExactly("25441", "25555");
        assertThat(access.getClaimAsString("name")).isEqualTo("Lê Thị Mai");
        assertThat(access.getClaimAsString("client_id")).isEqualTo("console");
        assertThat(access.getAudience()).containsExactly("lienthong-api");

        Jwt id = oauth.verify(tokens.get("id_token").asString());
        assertThat(id.getSubject()).isEqualTo("hotich.25441.25555");
        assertThat(id.getAudience()).containsExactly("console");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("COMMUNE_OFFICER");
        assertThat(id.getClaimAsStringList("communes")).containsExactly("25441", "25555");
        assertThat(id.getClaimAsString("name")).isEqualTo("Lê Thị Mai");
        assertThat(tokens.has("refresh_token")).isTrue();

        JsonNode userInfo = userInfo(tokens.get("access_token").asString());
        assertThat(userInfo.get("sub").asString()).isEqualTo("hotich.25441.25555");
        assertThat(userInfo.get("name").asString()).isEqualTo("Lê Thị Mai");
        assertThat(userInfo.get("communes").toString()).isEqualTo("[\"25441\",\"25555\"]");
    }

    @Test
    void communePoliceAreToldApartFromCivilStatusOfficers() {
        JsonNode tokens = oauth.consoleSignIn(new Browser(), "congan.25450", DEMO_PASSWORD, CLIENT_SECRET).orElseThrow();

        Jwt access = oauth.verify(tokens.get("access_token").asString());
        assertThat(access.getClaimAsStringList("roles")).containsExactly("COMMUNE_POLICE");
        assertThat(access.getClaimAsStringList("communes")).containsExactly("25450");
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithTheErrorInVietnameseAndEnglish() {
        Browser browser = new Browser();

        var refused = oauth.consoleSignIn(browser, "hotich.25450", "not-the-password", CLIENT_SECRET);

        assertThat(refused).isEmpty();
        HttpResponse<String> page = browser.get(provider.baseUrl() + "/login?error");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"vi\"")
                .contains("Tên đăng nhập hoặc mật khẩu không đúng")
                .contains("Wrong username or password")
                .contains("<label for=\"username\">Tên đăng nhập")
                .doesNotContain("<link").doesNotContain("<script");
    }

    @Test
    void someoneSigningInHereDirectlySeesWhoTheyAreAndCanSignOut() {
        Browser browser = new Browser();
        assertThat(Browser.location(browser.get(provider.baseUrl() + "/"))).endsWith("/login");

        HttpResponse<String> signedIn = browser.signIn(provider.baseUrl() + "/login", "vanhanh.075", DEMO_PASSWORD);
        assertThat(Browser.location(signedIn)).isIn(provider.baseUrl() + "/", provider.baseUrl() + "/?continue");
        HttpResponse<String> home = browser.get(Browser.location(signedIn));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Bạn đã đăng nhập").contains("vanhanh.075");

        HttpResponse<String> signedOut = browser.postForm(provider.baseUrl() + "/logout",
                Map.of("_csrf", Browser.csrfToken(home.body())), null);
        assertThat(Browser.location(signedOut)).endsWith("/login?logout");
        assertThat(browser.get(provider.baseUrl() + "/login?logout").body()).contains("Bạn đã đăng xuất");
        assertThat(browser.get(provider.baseUrl() + "/").statusCode()).isEqualTo(302);
    }

    @Test
    void theDiscoveryDocumentNamesTheConfiguredIssuerAndItsEndpoints() {
        HttpResponse<String> response = new Browser().get(provider.baseUrl() + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = OAuthFlows.json(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(provider.baseUrl());
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(provider.baseUrl() + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(provider.baseUrl() + "/oauth2/token");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void healthIsOpenAndMetricsNeedATokenWithTheMetricsScope() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String portalToken = accessToken("national-portal", "dossiers.read");
        String scraperToken = accessToken("metrics-scraper", "metrics.read");

        assertThat(get(http, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get(http, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get(http, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get(http, "/actuator/prometheus", portalToken).statusCode()).isEqualTo(403);
        HttpResponse<String> scraped = get(http, "/actuator/prometheus", scraperToken);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/info")) {
            assertThat(get(http, hidden, scraperToken).statusCode()).as(hidden).isIn(403, 404);
        }
    }

    @Test
    void aDisabledOfficerCanNeitherSignInNorRefreshAndADeletedClientGetsNoToken() {
        JsonNode tokens = oauth.consoleSignIn(new Browser(), "hotich.25453", DEMO_PASSWORD, CLIENT_SECRET).orElseThrow();
        HttpResponse<String> refreshed = oauth.refresh(tokens.get("refresh_token").asString(), CLIENT_SECRET);
        assertThat(refreshed.statusCode()).as("a refresh works while the account is enabled").isEqualTo(200);
        String refreshToken = OAuthFlows.json(refreshed.body()).get("refresh_token").asString();

        provider.database().sql("update staff_member set enabled = false where username = 'hotich.25453'").update();

        assertThat(oauth.consoleSignIn(new Browser(), "hotich.25453", DEMO_PASSWORD, CLIENT_SECRET)).isEmpty();
        HttpResponse<String> refusedRefresh = oauth.refresh(refreshToken, CLIENT_SECRET);
        assertThat(refusedRefresh.statusCode()).isEqualTo(400);
        assertThat(OAuthFlows.json(refusedRefresh.body()).get("error").asString()).isEqualTo("invalid_grant");

        assertThat(oauth.clientCredentials("orchestrator-service", CLIENT_SECRET, "population.assign").statusCode())
                .isEqualTo(200);
        provider.database().sql("delete from oauth2_registered_client where client_id = 'orchestrator-service'").update();
        assertThat(oauth.clientCredentials("orchestrator-service", CLIENT_SECRET, "population.assign").statusCode())
                .isEqualTo(401);
    }

    private static JsonNode userInfo(String accessToken) {
        try {
            HttpResponse<String> response = get(HttpClient.newHttpClient(), "/userinfo", accessToken);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return OAuthFlows.json(response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String accessToken(String clientId, String scope) {
        HttpResponse<String> response = oauth.clientCredentials(clientId, CLIENT_SECRET, scope);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return OAuthFlows.json(response.body()).get("access_token").asString();
    }

    private static HttpResponse<String> get(HttpClient http, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(provider.baseUrl() + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
