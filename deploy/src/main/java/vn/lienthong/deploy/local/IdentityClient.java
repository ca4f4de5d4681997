package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens from the identity provider as its users do: a machine client by the
 * client-credentials grant, a person by signing in on the real sign-in page (authorization code
 * with PKCE, through the console client). Tokens are kept until a minute before they expire.
 */
public final class IdentityClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Duration SPARE = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;
    private final String consoleRedirectUri;
    private final LocalSecrets secrets;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant refreshAt) {
    }

    public IdentityClient(String issuer, String consoleRedirectUri, LocalSecrets secrets) {
        this.issuer = issuer;
        this.consoleRedirectUri = consoleRedirectUri;
        this.secrets = secrets;
    }

    /** A token of a machine client ({@code national-portal}, {@code orchestrator-service}, …). */
    public Supplier<String> client(String clientId, String scope) {
        return () -> cached("client:" + clientId, () -> clientCredentials(clientId, scope));
    }

    /** A token of a demo staff member, signed in with the demo password. */
    public Supplier<String> staff(String username) {
        return () -> cached("staff:" + username, () -> signIn(username, secrets.demoPassword()));
    }

    /**
     * A fresh sign-in of a demo staff member, not kept: the token endpoint's whole answer, with
     * the access token, the ID token (whose audience is the console, not the APIs) and the refresh token.
     */
    public JsonNode signInAnswer(String username) {
        return signIn(username, secrets.demoPassword());
    }

    private String cached(String key, Supplier<JsonNode> fetch) {
        Token token = tokens.get(key);
        if (token == null || !Instant.now().isBefore(token.refreshAt())) {
            JsonNode answer = fetch.get();
            token = new Token(answer.path("access_token").asString(),
                    Instant.now().plusSeconds(answer.path("expires_in").asLong(60)).minus(SPARE));
            tokens.put(key, token);
        }
        return token.value();
    }

    private JsonNode clientCredentials(String clientId, String scope) {
        HttpClient http = HttpClient.newHttpClient();
        var answer = send(http, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", basic(clientId, secrets.clientSecret(clientId)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials", "scope", scope))))
                .build());
        return tokenAnswer(answer);
    }

    /** The browser's way: authorize, sign in on the page, follow the redirects, exchange the code. */
    private JsonNode signIn(String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = random();
        String state = random();
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", "console");
        authorize.put("redirect_uri", consoleRedirectUri);
        authorize.put("scope", "openid profile");
        authorize.put("state", state);
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");
        String authorizeUrl = issuer + "/oauth2/authorize?" + form(authorize);
        location(send(browser, get(authorizeUrl)));
        HttpResponse<String> page = send(browser, get(issuer + "/login"));
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page has no form token");
        }
        var signedIn = send(browser, HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1)))))
                .build());
        String next = location(signedIn);
        if (next.contains("/login?error")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        String redirect = next;
        for (int hop = 0; hop < 5 && !redirect.startsWith(consoleRedirectUri); hop++) {
            redirect = location(send(browser, get(redirect.startsWith("http") ? redirect : issuer + redirect)));
        }
        String code = query(redirect, "code");
        var answer = send(browser, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", basic("console", secrets.clientSecret("console")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", consoleRedirectUri, "code_verifier", verifier))))
                .build());
        return tokenAnswer(answer);
    }

    private static JsonNode tokenAnswer(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("expected a redirect, got " + response.statusCode()));
    }

    private static String query(String url, String name) {
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no " + name + " in the redirect");
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
