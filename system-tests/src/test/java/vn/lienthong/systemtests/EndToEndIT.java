package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;
import static vn.lienthong.systemtests.Dossiers.awaitFinal;
import static vn.lienthong.systemtests.Dossiers.awaitStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.population.PortalDossiers;

/** The five services together, on real Kafka and PostgreSQL, through the portal API only. */
class EndToEndIT {

    private static PortalConsole portal;

    @BeforeAll
    static void startSystem() {
        portal = RunningSystem.portal();
    }

    @Test
    void theExampleDossierGetsANumberABirthCertificateAResidenceAndACard() {
        var example = PortalConsole.exampleDossier();
        example.put("portalDossierCode", "G22.75-ST-EXAMPLE-" + System.nanoTime());

        JsonNode dossier = awaitFinal(portal, submit(example));

        assertThat(dossier.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode results = dossier.get("results");
        // Registered in province 075, a girl born in the 2000s, in '26, then six digits.
        assertThat(results.get("personalIdNumber").asString()).matches("075326\\d{6}");
        assertThat(results.at("/birthRegistration/birthCertificateNumber").asString()).startsWith("KS-25450-2026-");
        assertThat(results.at("/birthRegistration/registerVolume").asString()).matches("\\d{2}/2026");
        assertThat(results.at("/birthRegistration/lateRegistration").asBoolean()).isFalse();
        assertThat(results.at("/residence/registrationNumber").asString()).startsWith("TT-25450-");
        assertThat(results.at("/residence/registeredAddress").asString()).startsWith("Thôn 3");
        assertThat(results.at("/healthInsuranceCard/cardNumber").asString()).matches("TE175\\d{10}");
        assertThat(results.at("/healthInsuranceCard/validFrom").asString()).isEqualTo("2026-11-02");
        // 72 months after 2 November 2026 falls after 30 September 2032.
        assertThat(results.at("/healthInsuranceCard/validTo").asString()).isEqualTo("2032-11-02");
    }

    @Test
    void aDossierWithTheFatherUnknownCompletes() {
        JsonNode dossier = awaitFinal(portal, submit(aTypicalDossier().withoutFather().json()));

        assertThat(dossier.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(dossier.at("/results/personalIdNumber").asString()).matches("07532\\d{7}");
    }

    @Test
    void aRefusedAddressIsSupplementedAndTheDossierCompletes() {
        String dossierId = submit(aTypicalDossier().withResidenceAddress("Ấp Không Có Thật").json());

        JsonNode waiting = awaitStatus(portal, dossierId, Set.of("ACTION_REQUIRED"));
        assertThat(waiting.at("/requiredActions/0/step").asString()).isEqualTo("RESIDENCE");
        assertThat(waiting.at("/requiredActions/0/reasons/0/code").asString()).isEqualTo("HOUSEHOLD_NOT_FOUND");
        assertThat(waiting.at("/requiredActions/0/reasons/0/field").asString()).isEqualTo("residence.addressLine");

        var supplement = portal.post("/api/v1/dossiers/" + dossierId + "/supplements",
                "{\"changes\": {\"residence\": {\"addressLine\": \"Thôn 3\"}}, \"note\": \"Sửa địa chỉ\"}");
        assertThat(supplement.status()).isEqualTo(200);

        JsonNode dossier = awaitFinal(portal, dossierId);
        assertThat(dossier.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(dossier.at("/results/residence/registeredAddress").asString()).startsWith("Thôn 3");
        assertThat(dossier.get("history")).extracting(entry -> entry.get("event").asString())
                .contains("ACTION_REQUIRED", "SUPPLEMENTED", "COMPLETED");
    }

    @Test
    void theSameDossierSubmittedTwiceIsOneDossier() {
        var dossier = aTypicalDossier().json();

        var first = portal.submit(dossier);
        var second = portal.submit(dossier);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.body().get("dossierId")).isEqualTo(first.body().get("dossierId"));
        assertThat(awaitFinal(portal, first.body().get("dossierId").asString()).get("status").asString())
                .isEqualTo("COMPLETED");
    }

    @Test
    void aBirthOutsideAHealthFacilityCompletesOnceAnOfficerHasSeenTheOriginalStatement() {
        String dossierId = submit(aTypicalDossier().bornOutsideAHealthFacility().json());

        JsonNode waiting = awaitStatus(portal, dossierId, Set.of("ACTION_REQUIRED"));
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("OFFICER");
        portal.post("/api/v1/dossiers/" + dossierId + "/officer-actions",
                "{\"action\": \"ORIGINAL_BIRTH_STATEMENT_SEEN\", \"officerId\": \"cb-25450-01\"}");

        assertThat(awaitFinal(portal, dossierId).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void syntheticFamiliesOfEveryKindComplete() {
        List<String> dossierIds = new ArrayList<>();
        RunningSystem.population().families().stream().limit(25)
                .forEach(family -> dossierIds.add(submit(PortalDossiers.tree(family))));

        for (String dossierId : dossierIds) {
            JsonNode dossier = Dossiers.awaitDone(portal, dossierId);
            assertThat(dossier.get("status").asString()).as("dossier %s", dossier).isEqualTo("COMPLETED");
            LocalDate validTo = LocalDate.parse(dossier.at("/results/healthInsuranceCard/validTo").asString());
            assertThat(validTo).isAfter(LocalDate.now().plusYears(5));
        }
    }

    private static String submit(JsonNode dossier) {
        var answer = portal.submit(dossier);
        assertThat(answer.status()).as("submission answer %s", answer.body()).isEqualTo(202);
        return answer.body().get("dossierId").asString();
    }
}
