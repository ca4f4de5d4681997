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
import vn.lienthong.deploy.population.Death;
import vn.lienthong.deploy.population.Family;
import vn.lienthong.deploy.population.PortalDossiers;

/**
 * Kills the orchestrator and the civil-status database outright (SIGKILL) while dossiers of both
 * procedures are in flight (births and deaths), restarts them, and checks that every dossier still
 * completes and that no agency's effect happened twice.
 */
class CrashRecoveryIT {

    private static final int DOSSIERS = 60;
    private static final int DEATHS = 15;

    @Test
    void aCrashMidFlowLosesNothingAndDuplicatesNothing() throws Exception {
        LocalSystem system = RunningSystem.get();
        PortalConsole portal = RunningSystem.portal();
        long assignmentsBefore = count(system, "id_number", "select count(*) from personal_id_number_assignment");

        List<String> dossierIds = new ArrayList<>();
        List<String> deathIds = new ArrayList<>();
        List<Death> deaths = new ArrayList<>();
        for (int i = 0; i < DEATHS; i++) {
            deaths.add(Deaths.take(death -> !death.dateOfBirthDiffers()));
        }
        List<Family> families = RunningSystem.population().families().stream().skip(100).limit(DOSSIERS).toList();
        for (int i = 0; i < DOSSIERS; i++) {
            dossierIds.add(portal.submit(PortalDossiers.tree(families.get(i))).body().get("dossierId").asString());
            // One death among every four births: both procedures in flight when the crash comes.
            if (i % 4 == 0 && i / 4 < DEATHS) {
                deathIds.add(portal.submit(Deaths.dossier(deaths.get(i / 4))).body().get("dossierId").asString());
            }
        }
        List<String> all = new ArrayList<>(dossierIds);
        all.addAll(deathIds);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> completed(portal, all) >= 5);
        int completedBeforeCrash = completed(portal, all);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> system.crashAndRestart(Service.ORCHESTRATOR)),
                CompletableFuture.runAsync(() -> system.crashAndRestart(Service.CIVIL_REGISTRY))).join();

        List<JsonNode> dossiers = new ArrayList<>();
        for (String dossierId : dossierIds) {
            dossiers.add(Dossiers.awaitDone(portal, dossierId));
        }
        List<JsonNode> deathDossiers = new ArrayList<>();
        for (String dossierId : deathIds) {
            deathDossiers.add(Dossiers.awaitDone(portal, dossierId));
        }

        assertThat(completedBeforeCrash).as("the crash came mid-flow").isLessThan(DOSSIERS + DEATHS);
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

        // The same for the deaths: each completes once, and each agency acted once per death.
        assertThat(deathDossiers).hasSize(DEATHS)
                .allSatisfy(d -> assertThat(d.get("status").asString()).as("%s", d).isEqualTo("COMPLETED"));
        Set<String> extracts = new HashSet<>();
        deathDossiers.forEach(d -> extracts.add(d.at("/results/deathRegistration/deathExtractNumber").asString()));
        assertThat(extracts).as("one death extract per death").hasSize(DEATHS);
        String ourDeaths = "dossier_id in (" + String.join(",", deathIds.stream().map(id -> "'" + id + "'").toList()) + ")";
        String deceased = "personal_id_number in (" + String.join(",", deaths.stream()
                .map(death -> "'" + death.deceased().personalIdNumber() + "'").toList()) + ")";
        assertThat(count(system, "civil_registry", "select count(*) from death_register_entry where " + ourDeaths))
                .as("deaths registered").isEqualTo(DEATHS);
        assertThat(count(system, "residence", "select count(*) from residence_removal where " + ourDeaths))
                .as("residences removed").isEqualTo(deaths.stream().filter(death -> death.household().isPresent()).count());
        assertThat(count(system, "health_insurance", "select count(*) from funeral_allowance where " + ourDeaths))
                .as("allowances granted").isEqualTo(deaths.stream()
                        .filter(death -> death.expectedAllowance() == Death.AllowanceOutcome.GRANTED).count());
        assertThat(count(system, "id_number", "select count(*) from death_record where " + deceased))
                .as("deaths recorded in the population database").isEqualTo(DEATHS);
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
