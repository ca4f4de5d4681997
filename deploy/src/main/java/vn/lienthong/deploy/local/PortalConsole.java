package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Talks to a service's HTTP API as one caller: the national portal submitting and reading dossiers,
 * an officer acting on them, ops, or another service. Each request carries the caller's access
 * token; a console made without one sends none.
 */
public final class PortalConsole {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Supplier<String> token;

    /** A caller without a token: anything but health is refused. */
    public PortalConsole(String baseUrl) {
        this(baseUrl, null);
    }

    public PortalConsole(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The portal's example dossier (examples/dossier-3in1.json), as shipped. */
    public static ObjectNode exampleDossier() {
        try (InputStream in = PortalConsole.class.getResourceAsStream("/examples/dossier-3in1.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal's example death dossier ({@code "procedure": "DEATH"}). */
    public static ObjectNode exampleDeathDossier() {
        try (InputStream in = PortalConsole.class.getResourceAsStream("/examples/dossier-death.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Answer(int status, JsonNode body) {
    }

    public Answer submit(JsonNode dossier) {
        return post("/api/v1/dossiers", dossier.toString());
    }

    public Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer put(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer delete(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    public JsonNode dossier(String dossierId) {
        return get("/api/v1/dossiers/" + dossierId).body();
    }

    private Answer send(HttpRequest request) {
        var withTimeout = HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(60));
        if (token != null) {
            withTimeout.header("Authorization", "Bearer " + token.get());
        }
        request = withTimeout.build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Answer(response.statusCode(), body.length == 0 ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
