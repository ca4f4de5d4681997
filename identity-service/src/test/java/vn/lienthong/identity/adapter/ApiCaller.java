package vn.lienthong.identity.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/** Calls the resource-server check with a bearer token. */
public final class ApiCaller {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiCaller(ConfigurableApplicationContext api) {
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) api).getWebServer().getPort();
    }

    public Answer get(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.statusCode() == 200 ? OAuthFlows.json(response.body()) : null;
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(int status, JsonNode body) {
    }
}
