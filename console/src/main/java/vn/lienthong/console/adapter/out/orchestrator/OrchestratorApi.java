package vn.lienthong.console.adapter.out.orchestrator;

import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The orchestrator's HTTP API as the console calls it: every answer is handed back as it came
 * (status and body), so that the pages show the API's own decisions: a dossier another commune's
 * officer may not see is the API's 404, a field at fault the API's problem.
 */
public class OrchestratorApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final String baseUrl;

    /** {@code baseUrl}: the API's address without a trailing slash, e.g. {@code http://127.0.0.1:8080}. */
    public OrchestratorApi(RestClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** {@code query}: parameters left out when null or blank. */
    public ApiAnswer get(String path, Map<String, ?> query) {
        var uri = UriComponentsBuilder.fromPath(path);
        query.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        });
        String encoded = uri.encode().build().toUriString();
        return exchange(HttpMethod.GET, encoded, null);
    }

    public ApiAnswer get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public ApiAnswer post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public ApiAnswer put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    public ApiAnswer delete(String path, Object body) {
        return exchange(HttpMethod.DELETE, path, body);
    }

    private ApiAnswer exchange(HttpMethod method, String path, Object body) {
        var request = http.method(method).uri(java.net.URI.create(baseUrl + path))
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            Object parsed = bytes.length == 0 ? null : parse(bytes);
            return new ApiAnswer(response.getStatusCode().value(), parsed instanceof Fields fields ? fields : wrap(parsed),
                    response.getHeaders().getFirst("Location"));
        });
    }

    private static Object parse(byte[] bytes) {
        try {
            return Fields.of(JSON.readTree(bytes));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Fields wrap(Object value) {
        Fields fields = new Fields();
        if (value != null) {
            fields.put("value", value);
        }
        return fields;
    }
}
