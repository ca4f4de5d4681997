package vn.lienthong.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OAuth flows of the system's clients, over real HTTP, and the check of a token against the JWK set. */
public final class OAuthFlows {

    public static final String CONSOLE_REDIRECT = "http://127.0.0.1:8090/login/oauth2/code/lienthong";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    public OAuthFlows(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> clientCredentials(String clientId, String secret, String scope) {
        return new Browser().postForm(baseUrl + "/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", scope), Browser.basic(clientId, secret));
    }

    /**
     * The console's sign-in: authorization request with PKCE, the sign-in form, the code, the
     * exchange. Returns the token response, or empty when the sign-in form refused the password
     * (then {@code browser} is on the page the form sent it to).
     */
    public Optional<JsonNode> consoleSignIn(Browser browser, String username, String password, String consoleSecret) {
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        HttpResponse<String> authorize = browser.get(baseUrl + "/oauth2/authorize?" + query(Map.of(
                "response_type", "code", "client_id", "console", "redirect_uri", CONSOLE_REDIRECT,
                "scope", "openid profile", "state", state,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256")));
        assertThat(authorize.statusCode()).as("a browser without a session is sent to sign in").isEqualTo(302);
        String loginPage = absolute(Browser.location(authorize));
        assertThat(loginPage).isEqualTo(baseUrl + "/login");

        HttpResponse<String> signedIn = browser.signIn(loginPage, username, password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String next = absolute(Browser.location(signedIn));
        if (next.contains("/login?error")) {
            return Optional.empty();
        }
        HttpResponse<String> backToAuthorize = browser.get(next);
        assertThat(backToAuthorize.statusCode()).as(backToAuthorize.body()).isEqualTo(302);
        URI callback = URI.create(Browser.location(backToAuthorize));
        assertThat(callback.toString()).startsWith(CONSOLE_REDIRECT + "?");
        Map<String, String> parameters = parameters(callback.getRawQuery());
        assertThat(parameters).containsEntry("state", state);

        HttpResponse<String> tokens = browser.postForm(baseUrl + "/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", parameters.get("code"),
                "redirect_uri", CONSOLE_REDIRECT, "code_verifier", verifier), Browser.basic("console", consoleSecret));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return Optional.of(json(tokens.body()));
    }

    public HttpResponse<String> refresh(String refreshToken, String consoleSecret) {
        return new Browser().postForm(baseUrl + "/oauth2/token",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), Browser.basic("console", consoleSecret));
    }

    /** Verifies the signature against the published JWK set, the issuer and the expiry. */
    public Jwt verify(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(baseUrl + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(baseUrl));
        return decoder.decode(token);
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private String absolute(String location) {
        return location.startsWith("/") ? baseUrl + location : location;
    }

    private static String query(Map<String, String> parameters) {
        return Browser.formBody(parameters);
    }

    private static Map<String, String> parameters(String rawQuery) {
        return Arrays.stream(rawQuery.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
