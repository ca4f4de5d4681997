package vn.lienthong.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.rules.access.Role;

/**
 * Who may call which endpoint of a service, as a table a reader can check: one row per endpoint
 * (method and path pattern) with the callers allowed. A service's {@code AccessMatrixIT} holds
 * its table, {@linkplain #assertCovers checks} that the rows and the endpoints its handler mappings
 * answer are the same (so an endpoint added without a row fails the build), and
 * {@linkplain #calls calls} every endpoint as every kind of caller: one not allowed gets 401 (no
 * token) or 403 as a problem; one allowed gets through the door (any answer but 401, 403 or a
 * server error: the dummy path values and bodies may well be 400, 404 or 422). The same table is
 * in docs/security.md, checked by {@link #assertDocumentedIn}.
 */
public final class AccessMatrix {

    /** The kinds of caller: no token at all, or a valid token with one role. */
    public enum Who {
        NO_TOKEN, PORTAL, COMMUNE_OFFICER, COMMUNE_POLICE, OPS, ADMIN, SERVICE, MONITORING;

        /** A valid token of this kind of caller; staff act for commune 25450. */
        String token() {
            return switch (this) {
                case NO_TOKEN -> null;
                case PORTAL -> TestTokens.portal();
                case COMMUNE_OFFICER -> TestTokens.officer("hotich.matrix", "25450");
                case COMMUNE_POLICE -> TestTokens.token("congan.matrix").clientId("console").name("Công an xã")
                        .roles(Role.COMMUNE_POLICE).communes("25450").sign();
                case OPS -> TestTokens.ops("vanhanh.matrix");
                case ADMIN -> TestTokens.admin("quantri.matrix");
                case SERVICE -> TestTokens.service("orchestrator-service");
                case MONITORING -> TestTokens.metrics();
            };
        }
    }

    /** Every caller, with or without a token. */
    public static final Who[] EVERYONE = Who.values();
    /** Any caller with a valid token, whatever its role. */
    public static final Who[] ANY_TOKEN = Arrays.stream(Who.values()).filter(who -> who != Who.NO_TOKEN)
            .toArray(Who[]::new);
    /** No caller at all: the endpoint exists but is closed. */
    public static final Who[] NOBODY = {};

    /** Any method: a mapping that names none answers them all; it is called with GET. */
    public static final String ANY_METHOD = "ANY";

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]*}|\\*\\*|\\*");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One endpoint and who may call it. {@code body} is what a call sends (JSON; {@code {}} unless
     * a row says otherwise, e.g. where an empty body would be a valid request that changes state).
     */
    public record Row(String endpoint, Set<Who> allowed, String body) {

        public Row withBody(String json) {
            return new Row(endpoint, allowed, json);
        }

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        String pattern() {
            return endpoint.substring(endpoint.indexOf(' ') + 1);
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    private AccessMatrix(List<Row> rows) {
        for (Row row : rows) {
            if (this.rows.put(row.endpoint(), row) != null) {
                throw new IllegalArgumentException("two rows for " + row.endpoint());
            }
        }
    }

    /** {@code endpoint}: the method and the path pattern, as "GET /api/v1/dossiers/{dossierId}". */
    public static Row row(String endpoint, Who... allowed) {
        if (!endpoint.matches("[A-Z]+ /\\S*")) {
            throw new IllegalArgumentException("an endpoint is \"METHOD /path\": " + endpoint);
        }
        Set<Who> set = EnumSet.noneOf(Who.class);
        set.addAll(Arrays.asList(allowed));
        return new Row(endpoint, set, "{}");
    }

    public static AccessMatrix of(Row... rows) {
        return new AccessMatrix(List.of(rows));
    }

    /**
     * Every endpoint the application answers, as "METHOD /pattern": the controllers' and actuator's,
     * read from every request-mapping handler mapping of the context.
     */
    public static SortedSet<String> endpoints(ApplicationContext context) {
        SortedSet<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> names = methods.isEmpty() ? List.of(ANY_METHOD)
                        : methods.stream().map(RequestMethod::name).toList();
                for (String pattern : info.getPatternValues()) {
                    names.forEach(method -> endpoints.add(method + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    /** The rows and the application's endpoints are the same: none without a row, no row without one. */
    public void assertCovers(ApplicationContext context) {
        SortedSet<String> endpoints = endpoints(context);
        assertThat(endpoints).as("endpoints the application answers").isNotEmpty();
        Set<String> withoutRow = new TreeSet<>(endpoints);
        withoutRow.removeAll(rows.keySet());
        Set<String> withoutEndpoint = new TreeSet<>(rows.keySet());
        withoutEndpoint.removeAll(endpoints);
        assertThat(withoutRow).as("endpoints without a row in the access matrix: add a rule and a row for each").isEmpty();
        assertThat(withoutEndpoint).as("rows of the access matrix that name no endpoint").isEmpty();
    }

    /** One test per endpoint and kind of caller, against the application at {@code baseUrl}. */
    public Stream<DynamicTest> calls(String baseUrl) {
        return rows.values().stream().flatMap(row -> Arrays.stream(Who.values()).map(who ->
                DynamicTest.dynamicTest(row.endpoint() + " as " + who, () -> check(baseUrl, row, who))));
    }

    private static void check(String baseUrl, Row row, Who who) {
        HttpResponse<String> answer = send(baseUrl, row, who.token());
        String what = row.endpoint() + " as " + who + " answered " + answer.statusCode() + " " + answer.body();
        if (row.allowed().contains(who)) {
            assertThat(answer.statusCode()).as(what).isNotIn(401, 403).isLessThan(500);
            return;
        }
        int expected = who == Who.NO_TOKEN ? 401 : 403;
        assertThat(answer.statusCode()).as(what).isEqualTo(expected);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).as(what)
                .isEqualTo(expected == 401 ? "urn:lienthong:problem:unauthorized" : "urn:lienthong:problem:forbidden");
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(expected);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).as(what).startsWith("Bearer");
    }

    /** The path with every variable a value no record has (a new id), and the row's body if it takes one. */
    private static HttpResponse<String> send(String baseUrl, Row row, String token) {
        String path = PATH_VARIABLE.matcher(row.pattern()).replaceAll(match -> UUID.randomUUID().toString());
        String method = row.method().equals(ANY_METHOD) ? "GET" : row.method();
        boolean withBody = Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString(row.body()) : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The table as docs/security.md shows it: a row per endpoint, a column per kind of caller. */
    public String markdown() {
        StringBuilder table = new StringBuilder("| Endpoint |");
        for (Who who : Who.values()) {
            table.append(' ').append(who == Who.NO_TOKEN ? "no token" : "`" + who.name() + "`").append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Who.values().length)).append('\n');
        for (Row row : rows.values()) {
            table.append("| `").append(row.endpoint()).append("` |");
            for (Who who : Who.values()) {
                table.append(row.allowed().contains(who) ? " ✓ |" : " – |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** {@code document} (docs/security.md) shows this very table under the heading {@code heading}. */
    public void assertDocumentedIn(Path document, String heading) {
        String text;
        try {
            text = Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String section = "\n" + heading + "\n";
        assertThat(text.contains(section)).as("%s has a heading %s followed by the table:%n%s", document, heading,
                markdown()).isTrue();
        String after = text.substring(text.indexOf(section) + section.length());
        String documented = after.lines().dropWhile(line -> !line.startsWith("|")).takeWhile(line -> line.startsWith("|"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(documented).as("the access matrix under %s in %s (the table the test holds is the expected value)",
                heading, document).isEqualTo(markdown());
    }

    /** The rows, for a reader in a debugger or a test's message. */
    @Override
    public String toString() {
        return new ArrayList<>(rows.values()).toString();
    }
}
