package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;

/** Sets the population database's fault profile, and reads the orchestrator's breaker counters. */
final class PopulationDatabaseFaults {

    /** 30 % passing faults (5xx, dropped connections, malformed answers) and 10 % hangs. */
    static final String FLAKY = """
            {"serverErrorShare": 0.15, "droppedConnectionShare": 0.10, "malformedShare": 0.05,
             "hangShare": 0.10, "hangDuration": "8s", "seed": 11}""";
    static final String OUTAGE = "{\"profile\": \"outage\"}";
    static final String PERMISSION_DENIED = "{\"permissionDeniedShare\": 1.0}";
    static final String NONE = "{\"profile\": \"none\"}";

    private PopulationDatabaseFaults() {
    }

    static void set(String profile) {
        var database = RunningSystem.get().staff(Service.ID_NUMBER, "quantri");
        var answer = database.put("/api/v1/admin/fault-profile", profile);
        assertThat(answer.status()).as("fault profile answer %s", answer.body()).isEqualTo(200);
    }

    /** How often the orchestrator's circuit breaker went to {@code state} (OPEN, HALF_OPEN, CLOSED). */
    static double breakerTransitionsTo(String state) {
        var orchestrator = RunningSystem.get().metrics(Service.ORCHESTRATOR);
        var answer = orchestrator.get("/actuator/metrics/lienthong.id_number.breaker_transitions?tag=to:" + state);
        if (answer.status() == 404) {
            return 0;
        }
        JsonNode measurements = answer.body().get("measurements");
        return measurements.get(0).get("value").asDouble();
    }
}
