package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.PortalDossiers;

/**
 * Kills the orchestrator and the civil-status database outright (SIGKILL) while dossiers are in
 * flight, restarts them, and checks that every dossier still completes and that no agency's
 * effect happened twice.
 */
class CrashRecoveryIT {

    private static final int DOSSIERS = 60;

    @Test
    void aCrashMidFlowLosesNothingAndDuplicatesNothing() throws Exception {
        LocalSystem system = RunningSystem.get();
        PortalConsole portal = RunningSystem.portal();
        long assignmentsBefore = count(system, "id_number", "select count(*) from personal_id_number_assignment");

        List<String> dossierIds = new ArrayList<>();
        RunningSystem.population().families().stream().skip(100).limit(DOSSIERS)
                .forEach(family -> dossierIds.add(portal.submit(PortalDossiers.tree(family)).body().get("dossierId").asString()));

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> completed(portal, dossierIds) >= 5);
        int completedBeforeCrash = completed(portal, dossierIds);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> system.crashAndRestart(Service.ORCHESTRATOR)),
                CompletableFuture.runAsync(() -> system.crashAndRestart(Service.CIVIL_REGISTRY))).join();

        List<JsonNode> dossiers = new ArrayList<>();
        for (String dossierId : dossierIds) {
            dossiers.add(Dossiers.awaitDone(portal, dossierId));
        }

        assertThat(completedBeforeCrash).as("the crash came mid-flow").isLessThan(DOSSIERS);
        assertThat(dossiers).allSatisfy(d -> assertThat(d.get("status").asString()).as("%s", d).isEqualTo("COMPLETED"));
        Set<String> idNumbers = new HashSet<>();
        dossiers.forEach(d -> idNumbers.add(d.at("/results/personalIdNumber").asString()));
        assertThat(idNumbers).as("one number per child, never one number for two").hasSize(DOSSIERS);

        String ours = "dossier_id in (" + String.join(",", dossierIds.stream().map(id -> "'" + id + "'").toList()) + ")";
        assertThat(count(system, "id_number", "select count(*) from personal_id_number_assignment") - assignmentsBefore)
                .as("numbers the population database assigned").isEqualTo(DOSSIERS);
        assertThat(count(system, "civil_registry", "select count(*) from birth_register_entry where " + ours))
                .as("births registered").isEqualTo(DOSSIERS);
        assertThat(count(system, "residence", "select count(*) from household_member where " + ours))
                .as("children registered as residents").isEqualTo(DOSSIERS);
        assertThat(count(system, "health_insurance", "select count(*) from health_insurance_card where " + ours))
                .as("cards issued").isEqualTo(DOSSIERS);
    }

    private static int completed(PortalConsole portal, List<String> dossierIds) {
        int completed = 0;
        for (String dossierId : dossierIds) {
            JsonNode dossier = portal.dossier(dossierId);
            completed += dossier.isObject() && "COMPLETED".equals(dossier.get("status").asString()) ? 1 : 0;
        }
        return completed;
    }

    private static long count(LocalSystem system, String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(system.jdbcUrl(database), system.databaseUser(), "");
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
