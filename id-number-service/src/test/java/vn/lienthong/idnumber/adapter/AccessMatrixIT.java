package vn.lienthong.idnumber.adapter;

import static vn.lienthong.web.testing.AccessMatrix.ANY_TOKEN;
import static vn.lienthong.web.testing.AccessMatrix.EVERYONE;
import static vn.lienthong.web.testing.AccessMatrix.NOBODY;
import static vn.lienthong.web.testing.AccessMatrix.Who.ADMIN;
import static vn.lienthong.web.testing.AccessMatrix.Who.MONITORING;
import static vn.lienthong.web.testing.AccessMatrix.Who.SERVICE;
import static vn.lienthong.web.testing.AccessMatrix.row;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.lienthong.web.testing.AccessMatrix;
import vn.lienthong.web.testing.ApiDescriptions;

/**
 * Who may call which endpoint of id-number-service: the table below is the rule book
 * (config/WebAccessConfiguration.java is its implementation, docs/security.md shows it), checked
 * against every endpoint the application answers and called as every kind of caller.
 */
// With the fault simulation on, as in the local run's --fault-profile: its admin endpoints exist then.
@org.springframework.test.context.TestPropertySource(
        properties = vn.lienthong.idnumber.adapter.in.web.faults.FaultSettings.SIMULATION + "=true")
class AccessMatrixIT extends RunningService {

    static final AccessMatrix MATRIX = AccessMatrix.of(
            // The population database, called by the system's own services (the orchestrator).
            row("POST /api/v1/personal-id-numbers", SERVICE),
            row("POST /api/v1/personal-id-numbers/batch", SERVICE),
            row("POST /api/v1/deaths", SERVICE),
            row("GET /api/v1/citizens/{personalIdNumber}", SERVICE),
            // The fault simulation, for the administrator. The body is refused (an unknown field), so
            // that the call leaves the active profile as it was.
            row("GET /api/v1/admin/fault-profile", ADMIN),
            row("PUT /api/v1/admin/fault-profile", ADMIN).withBody("{\"noSuchField\": 1}"),
            // Probes, the metrics scraper, and nothing else of actuator.
            row("GET /actuator/health", EVERYONE),
            row("GET /actuator/health/**", EVERYONE),
            row("GET /actuator/prometheus", MONITORING),
            row("GET /actuator/metrics", MONITORING),
            row("GET /actuator/metrics/{requiredMetricName}", MONITORING),
            row("GET /actuator", NOBODY),
            row("GET /actuator/info", NOBODY),
            // The OpenAPI description (springdoc), as JSON and as YAML: any caller with a token.
            row("GET /v3/api-docs", ANY_TOKEN),
            row("GET /v3/api-docs.yaml", ANY_TOKEN),
            // Where the servlet container forwards errors; asked for directly, it is 404.
            row("ANY /error", EVERYONE));

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        MATRIX.assertCovers(context);
    }

    @Test
    void theOpenApiDescriptionDescribesEveryEndpointOfTheControllers() {
        ApiDescriptions.assertDescribesEveryEndpoint(context, "http://127.0.0.1:" + port);
    }

    @Test
    void docsShowTheSameTable() {
        MATRIX.assertDocumentedIn(Path.of("..", "docs", "security.md"), "### id-number-service");
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheTableSays() {
        return MATRIX.calls("http://127.0.0.1:" + port);
    }
}
