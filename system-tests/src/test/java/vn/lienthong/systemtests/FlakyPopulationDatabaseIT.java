package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.PortalDossiers;

/**
 * The population database misbehaves as the field report describes; every dossier still gets
 * exactly one number, and the orchestrator stops calling while the database is down.
 */
class FlakyPopulationDatabaseIT {

    @AfterEach
    void healTheDatabase() {
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.NONE);
    }

    @Test
    void twoHundredDossiersCompleteThroughFaultsHangsAndAFullOutage() throws Exception {
        LocalSystem system = RunningSystem.get();
        PortalConsole portal = RunningSystem.portal();
        long assignmentsBefore = assignments(system);
        double opensBefore = PopulationDatabaseFaults.breakerTransitionsTo("OPEN");
        double closesBefore = PopulationDatabaseFaults.breakerTransitionsTo("CLOSED");
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.FLAKY);

        List<String> dossierIds = new ArrayList<>(submit(portal, 200, 100));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> idNumbersAssigned(portal, dossierIds) >= 60);

        PopulationDatabaseFaults.set(PopulationDatabaseFaults.OUTAGE);
        // The other hundred come in during the outage, so it strikes dossiers still waiting for their
        // numbers however fast the first ones went (several children's numbers go in one request).
        dossierIds.addAll(submit(portal, 300, 100));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> PopulationDatabaseFaults.breakerTransitionsTo("OPEN") > opensBefore);
        Thread.sleep(Duration.ofSeconds(20).toMillis()); // the outage lasts a while
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.FLAKY);

        List<JsonNode> dossiers = new ArrayList<>();
        for (String dossierId : dossierIds) {
            dossiers.add(Dossiers.awaitDone(portal, dossierId, Duration.ofMinutes(5)));
        }
        assertThat(dossiers).allSatisfy(d -> assertThat(d.get("status").asString()).as("%s", d).isEqualTo("COMPLETED"));
        Set<String> numbers = new HashSet<>();
        dossiers.forEach(d -> numbers.add(d.at("/results/personalIdNumber").asString()));
        assertThat(numbers).as("no number given to two children").hasSize(200);
        assertThat(assignments(system) - assignmentsBefore).as("no child given two numbers").isEqualTo(200);
        assertThat(PopulationDatabaseFaults.breakerTransitionsTo("CLOSED")).as("the breaker closed again")
                .isGreaterThan(closesBefore);
        assertThat(dossiers).anySatisfy(d -> assertThat(d.get("steps").get(0).get("attempts").asInt())
                .as("some dossiers needed more than one attempt").isGreaterThan(1));
    }

    @Test
    void dossiersWaitingOutAnOutageCompleteAfterTheOrchestratorIsKilledAndRestarted() {
        LocalSystem system = RunningSystem.get();
        PortalConsole portal = RunningSystem.portal();
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.OUTAGE);
        List<String> dossierIds = submit(portal, 420, 20);
        await().atMost(Duration.ofMinutes(1)).until(() -> dossierIds.stream()
                .allMatch(id -> portal.dossier(id).get("steps").get(0).get("status").asString().matches("WAITING_RETRY|SCHEDULED")));

        system.crashAndRestart(Service.ORCHESTRATOR);
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.NONE);

        for (String dossierId : dossierIds) {
            JsonNode dossier = Dossiers.awaitDone(RunningSystem.portal(), dossierId, Duration.ofMinutes(3));
            assertThat(dossier.get("status").asString()).as("%s", dossier).isEqualTo("COMPLETED");
        }
    }

    @Test
    void aRefusedPermissionWaitsForAnOfficerWhoseManualNumberCompletesTheDossier() {
        PortalConsole portal = RunningSystem.portal();
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.PERMISSION_DENIED);
        var dossier = Dossiers.aTypicalDossier().json();
        String dossierId = portal.submit(dossier).body().get("dossierId").asString();

        JsonNode waiting = Dossiers.awaitStatus(portal, dossierId, Set.of("ACTION_REQUIRED"));
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("OFFICER");
        assertThat(waiting.at("/requiredActions/0/reasons/0/code").asString()).isEqualTo("PERMISSION_DENIED");

        // The commune police obtain the number from the population database on their own terminal.
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.NONE);
        var child = dossier.get("child");
        // A system of the police's own, with a service account of the population database.
        var police = RunningSystem.get().asService(Service.ID_NUMBER);
        String number = police.post("/api/v1/personal-id-numbers", """
                {"requestId": "%s", "fullName": "%s", "sex": "FEMALE", "dateOfBirth": "%s",
                 "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234", "nationality": "VN"}"""
                .formatted("police-" + UUID.randomUUID(), child.get("fullName").asString(), child.get("dateOfBirth").asString()))
                .body().get("personalIdNumber").asString();

        var recorded = RunningSystem.get().staff(Service.ORCHESTRATOR, "congan.25450").post(
                "/api/v1/dossiers/" + dossierId + "/manual-id-number",
                "{\"personalIdNumber\": \"" + number + "\", \"officerId\": \"ca-25450-03\", \"note\": \"Công an xã cấp\"}");
        assertThat(recorded.status()).isEqualTo(200);

        JsonNode completed = Dossiers.awaitDone(portal, dossierId, Duration.ofMinutes(2));
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.at("/results/personalIdNumber").asString()).isEqualTo(number);
        await().atMost(Duration.ofSeconds(30)).until(() -> "VERIFIED".equals(
                portal.dossier(dossierId).at("/results/idNumber/verification").asString(null)));
    }

    private static List<String> submit(PortalConsole portal, int skip, int count) {
        List<String> dossierIds = new ArrayList<>();
        RunningSystem.population().families().stream().skip(skip).limit(count).forEach(family -> {
            var answer = portal.submit(PortalDossiers.tree(family));
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(202);
            dossierIds.add(answer.body().get("dossierId").asString());
        });
        return dossierIds;
    }

    private static int idNumbersAssigned(PortalConsole portal, List<String> dossierIds) {
        int assigned = 0;
        for (String dossierId : dossierIds) {
            assigned += "COMPLETED".equals(portal.dossier(dossierId).get("steps").get(0).get("status").asString()) ? 1 : 0;
        }
        return assigned;
    }

    private static long assignments(LocalSystem system) throws Exception {
        try (var connection = DriverManager.getConnection(system.jdbcUrl("id_number"), system.databaseUser(), "");
             var result = connection.createStatement().executeQuery("select count(*) from personal_id_number_assignment")) {
            result.next();
            return result.getLong(1);
        }
    }
}
