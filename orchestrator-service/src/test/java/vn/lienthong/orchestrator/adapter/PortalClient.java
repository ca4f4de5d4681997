package vn.lienthong.orchestrator.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The national portal, a commune officer and ops, as HTTP clients of the orchestrator. */
final class PortalClient {

    record Answer(int status, JsonNode body, String location) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient http;

    PortalClient(int port) {
        this(port, null);
    }

    /** Sends {@code token} with every request, instead of the token the path's usual caller holds. */
    PortalClient(int port, String token) {
        var builder = RestClient.builder().baseUrl("http://127.0.0.1:" + port);
        if (token != null) {
            builder.defaultHeader("Authorization", "Bearer " + token);
        }
        http = builder.requestInterceptor(vn.lienthong.web.testing.TestTokens.bearerForPath()).build();
    }

    /** The same calls by the caller holding {@code token} (vn.lienthong.web.testing.TestTokens), whatever the path. */
    static PortalClient as(int port, String token) {
        return new PortalClient(port, token);
    }

    /** The answer's headers too. */
    record Exchange(int status, JsonNode body, org.springframework.http.HttpHeaders headers) {
    }

    Exchange exchange(String path, String body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Exchange(response.getStatusCode().value(),
                        body(response.getBody().readAllBytes()), response.getHeaders()));
    }

    /** The portal's example dossier with a fresh portal dossier code. */
    static ObjectNode exampleDossier() {
        try (InputStream in = PortalClient.class.getResourceAsStream("/portal/dossier-3in1.json")) {
            ObjectNode dossier = (ObjectNode) JSON.readTree(in);
            dossier.put("portalDossierCode", "G22.75-" + UUID.randomUUID());
            return dossier;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer submit(JsonNode dossier) {
        return post("/api/v1/dossiers", dossier.toString());
    }

    Answer post(String path, String body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        body(response.getBody().readAllBytes()), response.getHeaders().getFirst("Location")));
    }

    Answer put(String path, String body) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        body(response.getBody().readAllBytes()), response.getHeaders().getFirst("Location")));
    }

    Answer delete(String path, String body) {
        return http.method(HttpMethod.DELETE).uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        body(response.getBody().readAllBytes()), null));
    }

    Answer get(String path) {
        return http.get().uri(path)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        body(response.getBody().readAllBytes()), null));
    }

    JsonNode dossier(String dossierId) {
        return get("/api/v1/dossiers/" + dossierId).body();
    }

    private static JsonNode body(byte[] bytes) {
        return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
    }
}
