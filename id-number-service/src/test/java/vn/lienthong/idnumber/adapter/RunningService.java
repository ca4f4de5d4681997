package vn.lienthong.idnumber.adapter;

import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.deploy.local.SharedInfrastructure;

/**
 * The service on a random port over the shared real PostgreSQL, on the morning of the example
 * dossier's day. Integration tests extend it so that they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
abstract class RunningService {

    static final Instant NOW = FixedClock.NOW;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", RunningService::databaseUrl);
    }

    static String databaseUrl() {
        return SharedInfrastructure.postgres().jdbcUrl("id_number");
    }

    Answer assign(Object body) {
        return http().post().uri(IdNumberApi.ASSIGN).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.getHeaders(),
                        response.bodyTo(JsonNode.class)));
    }

    Answer citizen(String personalIdNumber) {
        return http().get().uri(IdNumberApi.CITIZEN, personalIdNumber)
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.getHeaders(),
                        response.bodyTo(JsonNode.class)));
    }

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestInterceptor(vn.lienthong.web.testing.TestTokens.bearerForPath()).build();
    }

    record Answer(HttpStatusCode status, HttpHeaders headers, JsonNode body) {

        int code() {
            return status.value();
        }

        /** The fields named in a problem's {@code errors}. */
        java.util.List<String> fields() {
            return body.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
        }
    }
}
