package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;
import static vn.lienthong.systemtests.Dossiers.awaitFinal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.lienthong.deploy.local.Service;

/**
 * Every metric that a dashboard or an alert rule of deploy/observability queries is one the running
 * services expose on /actuator/prometheus, read as Prometheus reads it (the metrics-scraper's
 * token). A dossier goes through first, so meters created on first use exist.
 */
class DashboardMetricsIT {

    /** The services Prometheus scrapes (the console exposes health only). */
    static final List<Service> SCRAPED = List.of(Service.ORCHESTRATOR, Service.ID_NUMBER, Service.CIVIL_REGISTRY,
            Service.RESIDENCE, Service.HEALTH_INSURANCE, Service.IDENTITY);
    /** Series Prometheus writes itself for every target, not read from the target. */
    static final Set<String> SCRAPE_SERIES = Set.of("up");

    static final Path ROOT = Path.of(System.getProperty("lienthong.repository-root", "..")).toAbsolutePath().normalize();
    static final Path OBSERVABILITY = ROOT.resolve("deploy").resolve("observability");

    private static final Map<String, Set<String>> exposedBy = new TreeMap<>();
    private static final Map<String, String> expositions = new TreeMap<>();

    @BeforeAll
    static void aDossierGoesThroughAndEveryServiceIsScraped() throws IOException {
        var portal = RunningSystem.portal();
        var answer = portal.submit(aTypicalDossier().json());
        assertThat(answer.status()).as("submission answer %s", answer.body()).isEqualTo(202);
        assertThat(awaitFinal(portal, answer.body().get("dossierId").asString()).get("status").asString())
                .isEqualTo("COMPLETED");
        var token = RunningSystem.get().identity().client("metrics-scraper", "metrics.read");
        var http = HttpClient.newHttpClient();
        Path dump = ROOT.resolve("system-tests").resolve("target").resolve("observability");
        Files.createDirectories(dump);
        for (Service service : SCRAPED) {
            var request = HttpRequest.newBuilder(URI.create(RunningSystem.get().url(service) + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + token.get()).GET().build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(response.statusCode()).as(service.moduleName()).isEqualTo(200);
            Files.writeString(dump.resolve(service.moduleName() + ".prom"), response.body());
            exposedBy.put(service.moduleName(), names(response.body()));
            expositions.put(service.moduleName(), response.body());
        }
    }

    @Test
    void theDossierShowsInTheSagaMetrics() {
        String orchestrator = expositions.get(Service.ORCHESTRATOR.moduleName());
        assertThat(value(orchestrator, "lienthong_dossiers_received_total")).isGreaterThanOrEqualTo(1);
        assertThat(value(orchestrator, "lienthong_dossiers_completed_total{on_time=\"true\"}")).isGreaterThanOrEqualTo(1);
        for (String step : List.of("ID_NUMBER", "BIRTH_REGISTRATION", "RESIDENCE", "HEALTH_INSURANCE")) {
            assertThat(value(orchestrator, "lienthong_dossier_step_duration_seconds_count{step=\"" + step + "\"}"))
                    .as(step).isGreaterThanOrEqualTo(1);
        }
        assertThat(value(expositions.get(Service.RESIDENCE.moduleName()),
                "lienthong_messaging_dead_letters_total{topic=\"residence.commands.dlt\"}")).isZero();
    }

    @Test
    void everyMetricADashboardQueriesIsExposed() throws IOException {
        List<Path> dashboards;
        try (Stream<Path> files = Files.list(OBSERVABILITY.resolve("grafana"))) {
            dashboards = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(dashboards).isNotEmpty();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path file : dashboards) {
            List<String> expressions = new ArrayList<>();
            expressions(JsonMapper.shared().readTree(file.toFile()), expressions);
            assertThat(expressions).as(file.getFileName().toString()).isNotEmpty();
            expressions.forEach(expression -> unexposed(expression).forEach(name ->
                    missing.computeIfAbsent(file.getFileName() + ": " + name, key -> new TreeSet<>()).add(expression)));
        }
        assertThat(missing).as("queried but exposed by no service (exposed: system-tests/target/observability)").isEmpty();
    }

    @Test
    void everyMetricAnAlertRuleQueriesIsExposedAndEveryAlertIsExplained() throws IOException {
        JsonNode rules = YAMLMapper.builder().build().readTree(OBSERVABILITY.resolve("prometheus").resolve("alerts.yml").toFile());
        String operations = Files.readString(ROOT.resolve("docs").resolve("operations.md"));
        Map<String, Set<String>> missing = new TreeMap<>();
        int alerts = 0;
        for (JsonNode group : rules.get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                String alert = rule.path("alert").asString();
                String expression = rule.get("expr").asString();
                unexposed(expression).forEach(name -> missing.computeIfAbsent(alert + ": " + name, key -> new TreeSet<>())
                        .add(expression));
                assertThat(rule.at("/labels/severity").asString()).as(alert).isIn("page", "ticket");
                assertThat(rule.at("/annotations/summary").asString()).as(alert).isNotBlank();
                assertThat(operations).as("docs/operations.md explains " + alert).contains("`" + alert + "`");
                alerts++;
            }
        }
        assertThat(alerts).isGreaterThanOrEqualTo(5);
        assertThat(missing).as("queried but exposed by no service (exposed: system-tests/target/observability)").isEmpty();
    }

    private static Set<String> unexposed(String expression) {
        Set<String> names = new TreeSet<>(PromQl.metricNames(expression));
        names.removeAll(SCRAPE_SERIES);
        exposedBy.values().forEach(names::removeAll);
        return names;
    }

    /** Every {@code expr} of a panel's targets, rows' panels included. */
    private static void expressions(JsonNode node, List<String> into) {
        if (node.isObject()) {
            if (node.has("expr") && node.get("expr").isString()) {
                into.add(node.get("expr").asString());
            }
            node.properties().forEach(field -> expressions(field.getValue(), into));
        } else if (node.isArray()) {
            node.forEach(item -> expressions(item, into));
        }
    }

    /** The value of one series, given as its name and labels exactly as exposed. */
    private static double value(String exposition, String series) {
        return exposition.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no series " + series));
    }

    /** The metric names in a Prometheus text exposition. */
    private static Set<String> names(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        });
        return names;
    }
}
