package vn.lienthong.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a service's OpenAPI description (/v3/api-docs) against its controllers: every method and
 * path the service's own controllers map is described, and nothing else is.
 */
public final class ApiDescriptions {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ApiDescriptions() {
    }

    public static void assertDescribesEveryEndpoint(ApplicationContext context, String baseUrl) {
        JsonNode description = fetch(baseUrl);
        assertThat(description.path("openapi").asString()).startsWith("3.");
        assertThat(description.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        SortedSet<String> described = new TreeSet<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> METHODS.contains(operation.getKey()))
                .forEach(operation -> described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(described).isEqualTo(controllerEndpoints(context));
    }

    /** "METHOD /pattern" of every handler method of the service's own controllers (package vn.lienthong). */
    static SortedSet<String> controllerEndpoints(ApplicationContext context) {
        SortedSet<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
                if (!handler.getBeanType().getPackageName().startsWith("vn.lienthong")) {
                    return;
                }
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            });
        }
        assertThat(endpoints).as("the service's own endpoints").isNotEmpty();
        return endpoints;
    }

    private static JsonNode fetch(String baseUrl) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs"))
                .header("Authorization", "Bearer " + TestTokens.portal()).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JsonMapper.shared().readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
