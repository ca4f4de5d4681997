package vn.lienthong.orchestrator.adapter.out.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.domain.dossier.Reason;

/**
 * This service's own access token for the calls it makes to other services (the population
 * database), by the OAuth 2 client-credentials grant, kept until a minute before it expires. With
 * no token endpoint configured, calls carry no token.
 */
public final class ServiceTokens {

    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(1);

    /**
     * @param tokenUri the identity provider's token endpoint; null for none
     */
    public record Settings(URI tokenUri, String clientId, String clientSecret, String scope) {
    }

    private final HttpClient http;
    private final Settings settings;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;
    private Instant refreshAt = Instant.MIN;

    public ServiceTokens(HttpClient http, Settings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    /** The bearer token to send, or empty when calls carry none; fails with {@link TransientCallException}. */
    public synchronized Optional<String> current() {
        if (settings.tokenUri() == null) {
            return Optional.empty();
        }
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return Optional.of(token);
    }

    private void fetch() {
        String form = "grant_type=client_credentials"
                + (settings.scope() == null ? "" : "&scope=" + URLEncoder.encode(settings.scope(), StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(settings.tokenUri())
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw unavailable("the token endpoint answered " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            String accessToken = body.path("access_token").asString(null);
            long expiresIn = body.path("expires_in").asLong(60);
            if (accessToken == null) {
                throw unavailable("the token endpoint gave no access token");
            }
            token = accessToken;
            refreshAt = clock.instant().plusSeconds(expiresIn).minus(REFRESH_BEFORE_EXPIRY);
        } catch (IOException | JacksonException e) {
            throw unavailable("the token endpoint could not be read: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while fetching a token");
        }
    }

    private static TransientCallException unavailable(String why) {
        return new TransientCallException(new Reason("TOKEN_UNAVAILABLE", null,
                "Không lấy được mã truy cập để gọi CSDL quốc gia về dân cư; hệ thống sẽ thử lại.",
                "No access token for calling the population database (" + why + "); it will be tried again."));
    }
}
