package vn.lienthong.healthinsurance.adapter;

import static vn.lienthong.web.testing.AccessMatrix.ANY_TOKEN;
import static vn.lienthong.web.testing.AccessMatrix.EVERYONE;
import static vn.lienthong.web.testing.AccessMatrix.NOBODY;
import static vn.lienthong.web.testing.AccessMatrix.Who.ADMIN;
import static vn.lienthong.web.testing.AccessMatrix.Who.MONITORING;
import static vn.lienthong.web.testing.AccessMatrix.Who.OPS;
import static vn.lienthong.web.testing.AccessMatrix.Who.SERVICE;
import static vn.lienthong.web.testing.AccessMatrix.row;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.web.testing.AccessMatrix;
import vn.lienthong.web.testing.ApiDescriptions;

/**
 * Who may call which endpoint of health-insurance-service: the table below is the rule book
 * (config/WebAccessConfiguration.java is its implementation, docs/security.md shows it), checked
 * against every endpoint the application answers and called as every kind of caller. The
 * application's Kafka listeners stay stopped: the service's other tests own the topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.stream.default.consumer.auto-startup=false")
class AccessMatrixIT {

    static final AccessMatrix MATRIX = AccessMatrix.of(
            // The register, read by the system's own services.
            row("GET /api/v1/health-insurance-cards/{personalIdNumber}", SERVICE),
            // Ops: the messages this agency could not send, parked.
            row("GET /api/v1/ops/parked-messages", OPS, ADMIN),
            row("GET /api/v1/ops/parked-messages/{id}", OPS, ADMIN),
            row("POST /api/v1/ops/parked-messages/{id}/redrive", OPS, ADMIN),
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

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("health_insurance"));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    }

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
        MATRIX.assertDocumentedIn(Path.of("..", "docs", "security.md"), "### health-insurance-service");
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheTableSays() {
        return MATRIX.calls("http://127.0.0.1:" + port);
    }
}
