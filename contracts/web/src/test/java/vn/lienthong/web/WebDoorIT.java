package vn.lienthong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shared door, over real HTTP against an embedded Tomcat. */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lienthong.web.max-body-size=8KB", "lienthong.web.body-size-limits[/bulk]=64KB"})
@ExtendWith(OutputCaptureExtension.class)
class WebDoorIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void decomposedTextIsKeptInNfc() throws Exception {
        var answer = post("/people", "{\"fullName\": \"Nguye\\u0302\\u0303n Va\\u0306n An\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("fullName").asString()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aForbiddenCharacterIs422NamingTheField() throws Exception {
        for (String bad : new String[] {"\\u0000", "\\u200B", "\\u202E", "\\u001B", "\\uD800", "\\uFEFF"}) {
            var answer = post("/people", "{\"address\": {\"line\": \"Thôn 3" + bad + "\"}}");
            assertThat(answer.statusCode()).as(bad).isEqualTo(422);
            assertProblem(answer, "address.line", "FORBIDDEN_CHARACTER");
        }
        var inList = post("/people", "{\"nicknames\": [\"An\", \"B\\u200Bo\"]}");
        assertThat(inList.statusCode()).isEqualTo(422);
        assertProblem(inList, "nicknames[1]", "FORBIDDEN_CHARACTER");
    }

    @Test
    void noTypeCoercion() throws Exception {
        assertProblem(post("/people", "{\"fullName\": 12345}"), "fullName", "INVALID_VALUE");
        assertProblem(post("/people", "{\"fullName\": true}"), "fullName", "INVALID_VALUE");
        assertProblem(post("/people", "{\"fullName\": {\"a\": 1}}"), "fullName", "INVALID_VALUE");
        assertProblem(post("/people", "{\"age\": \"12\"}"), "age", "INVALID_VALUE");
        assertProblem(post("/people", "{\"married\": \"true\"}"), "married", "INVALID_VALUE");
        assertProblem(post("/people", "{\"kind\": 1}"), "kind", "INVALID_VALUE");
        assertProblem(post("/people", "{\"kind\": \"ALIEN\"}"), "kind", "INVALID_VALUE");
    }

    @Test
    void malformedDuplicatedOrDeepJsonIs400() throws Exception {
        assertThat(post("/people", "{\"fullName\": ").statusCode()).isEqualTo(400);
        assertThat(post("/people", "{\"fullName\": \"A\"} trailing").statusCode()).isEqualTo(400);
        assertThat(post("/people", "{\"fullName\": \"A\", \"fullName\": \"B\"}").statusCode()).isEqualTo(400);
        var deep = post("/people", "{\"extra\": " + "[".repeat(40) + "]".repeat(40) + "}");
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(deep.body()).path("type").asString()).isEqualTo("urn:lienthong:problem:limit-exceeded");
        assertThat(post("/people", "").statusCode()).isEqualTo(400);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        String big = "{\"fullName\": \"" + "A".repeat(9 * 1024) + "\"}";
        var answer = post("/people", big);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).path("type").asString()).isEqualTo("urn:lienthong:problem:payload-too-large");
        assertThat(post("/bulk", "[\"" + "A".repeat(9 * 1024) + "\"]").statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        byte[] big = ("{\"fullName\": \"" + "A".repeat(20 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Supplier<java.io.InputStream> chunks = () -> new ByteArrayInputStream(big);
        var answer = HTTP.send(authorized(uri("/people")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(chunks)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
    }

    @Test
    void frameworkErrorsAreProblemsToo() throws Exception {
        var method = HTTP.send(authorized(uri("/people")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow")).isPresent();
        assertThat(JSON.readTree(method.body()).path("type").asString()).isEqualTo("urn:lienthong:problem:method-not-allowed");

        var mediaType = HTTP.send(authorized(uri("/people")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mediaType.statusCode()).isEqualTo(415);
        assertProblem(mediaType, "Content-Type", "UNSUPPORTED_MEDIA_TYPE");

        assertProblem(get("/people?name=An&page=abc"), "page", "INVALID_VALUE");
        assertProblem(get("/people"), "name", "REQUIRED");
        var forbidden = get("/people?name=" + URLEncoder.encode("A\u202Eb", StandardCharsets.UTF_8));
        assertThat(forbidden.statusCode()).isEqualTo(422);
        assertProblem(forbidden, "name", "FORBIDDEN_CHARACTER");
        var normalised = get("/people?name=" + URLEncoder.encode("Nguye\u0302\u0303n", StandardCharsets.UTF_8));
        assertThat(JSON.readTree(normalised.body()).path("name").asString()).isEqualTo("Nguyễn");

        var missing = get("/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void anUnexpectedErrorIsAProblemAndItsMessageIsNotLogged(CapturedOutput output) throws Exception {
        var answer = get("/broken");
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).doesNotContain("070198001234").contains("urn:lienthong:problem:internal-error");
        assertThat(output.getAll()).contains("IllegalStateException").doesNotContain("070198001234");
    }

    private static void assertProblem(HttpResponse<String> answer, String field, String code) {
        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("title").asString()).contains(" / ");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(problem.path("errors").get(0).path("code").asString()).isEqualTo(code);
        assertThat(problem.path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(problem.path("errors").get(0).path("messageEn").asString()).isNotBlank();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(authorized(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(authorized(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + vn.lienthong.web.testing.TestTokens.portal());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
