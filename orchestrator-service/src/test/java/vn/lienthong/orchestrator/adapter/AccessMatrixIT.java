package vn.lienthong.orchestrator.adapter;

import static vn.lienthong.web.testing.AccessMatrix.ANY_TOKEN;
import static vn.lienthong.web.testing.AccessMatrix.EVERYONE;
import static vn.lienthong.web.testing.AccessMatrix.NOBODY;
import static vn.lienthong.web.testing.AccessMatrix.Who.ADMIN;
import static vn.lienthong.web.testing.AccessMatrix.Who.COMMUNE_OFFICER;
import static vn.lienthong.web.testing.AccessMatrix.Who.COMMUNE_POLICE;
import static vn.lienthong.web.testing.AccessMatrix.Who.MONITORING;
import static vn.lienthong.web.testing.AccessMatrix.Who.OPS;
import static vn.lienthong.web.testing.AccessMatrix.Who.PORTAL;
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
 * Who may call which endpoint of the orchestrator: the table below is the rule book
 * (config/WebAccessConfiguration.java is its implementation, docs/security.md shows it), checked
 * against every endpoint the application answers and called as every kind of caller.
 */
class AccessMatrixIT extends OpsItSupport {

    static final AccessMatrix MATRIX = AccessMatrix.of(
            // The portal submits; everyone who works on dossiers reads those they may see.
            row("POST /api/v1/dossiers", PORTAL),
            row("GET /api/v1/dossiers", PORTAL, COMMUNE_OFFICER, COMMUNE_POLICE, OPS, ADMIN),
            row("GET /api/v1/dossiers/{dossierId}", PORTAL, COMMUNE_OFFICER, COMMUNE_POLICE, OPS, ADMIN),
            row("POST /api/v1/dossiers/{dossierId}/supplements", PORTAL, COMMUNE_OFFICER),
            row("POST /api/v1/dossiers/{dossierId}/officer-actions", COMMUNE_OFFICER),
            row("POST /api/v1/dossiers/{dossierId}/manual-id-number", COMMUNE_OFFICER, COMMUNE_POLICE),
            // Measurements of the caller's own communes (all for ops and administrators), for the console.
            row("GET /api/v1/kpis", COMMUNE_OFFICER, COMMUNE_POLICE, OPS, ADMIN),
            row("GET /api/v1/communes", COMMUNE_OFFICER, COMMUNE_POLICE, OPS, ADMIN),
            // Ops: operations staff and administrators.
            row("GET /api/v1/ops/steps", OPS, ADMIN),
            row("POST /api/v1/ops/dossiers/{dossierId}/steps/{step}/replay", OPS, ADMIN),
            row("POST /api/v1/ops/replay-jobs", OPS, ADMIN),
            row("GET /api/v1/ops/replay-jobs/{jobId}", OPS, ADMIN),
            // Started by ops only; the starter or an administrator reads the progress or cancels (the
            // use case then answers 404 to anyone else), only the starter reads the items.
            row("POST /api/v1/ops/verification-jobs", OPS),
            row("GET /api/v1/ops/verification-jobs/{jobId}", OPS, ADMIN),
            row("GET /api/v1/ops/verification-jobs/{jobId}/items", OPS, ADMIN),
            row("POST /api/v1/ops/verification-jobs/{jobId}/cancel", OPS, ADMIN),
            row("GET /api/v1/ops/agencies", OPS, ADMIN),
            row("PUT /api/v1/ops/agencies/{agency}/pause", OPS, ADMIN),
            row("DELETE /api/v1/ops/agencies/{agency}/pause", OPS, ADMIN),
            row("GET /api/v1/ops/dead-letters", OPS, ADMIN),
            row("GET /api/v1/ops/dead-letters/{topic}/{partition}/{offset}", OPS, ADMIN),
            row("POST /api/v1/ops/dead-letters/{topic}/{partition}/{offset}/redrive", OPS, ADMIN),
            row("GET /api/v1/ops/parked-messages", OPS, ADMIN),
            row("GET /api/v1/ops/parked-messages/{id}", OPS, ADMIN),
            row("POST /api/v1/ops/parked-messages/{id}/redrive", OPS, ADMIN),
            row("GET /api/v1/ops/audit", OPS, ADMIN),
            row("GET /api/v1/ops/audit/verify", OPS, ADMIN),
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
        MATRIX.assertDocumentedIn(Path.of("..", "docs", "security.md"), "### orchestrator-service");
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheTableSays() {
        return MATRIX.calls("http://127.0.0.1:" + port);
    }
}
