package vn.lienthong.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.local.PortalConsole;

/**
 * Dossiers as the tests speak of them: {@code aTypicalDossier().withoutFather()}, all built on the
 * portal's example, each a distinct birth of the example mother so tests do not collide.
 */
final class Dossiers {

    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private static final Set<String> FINAL = Set.of("COMPLETED", "REFUSED");

    private final ObjectNode dossier;

    private Dossiers() {
        dossier = PortalConsole.exampleDossier();
        int n = NEXT.getAndIncrement();
        dossier.put("portalDossierCode", "G22.75-ST-" + UUID.randomUUID());
        dossier.put("submittedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).toString());
        child().put("fullName", "Điểu Thị Hoa " + (char) ('A' + n % 26));
        child().put("dateOfBirth", LocalDate.now().minusDays(20 + n % 30).toString());
        ((ObjectNode) child().get("medicalBirthCertificate")).put("number", "GCS-75-ST-" + UUID.randomUUID());
    }

    private Dossiers(ObjectNode dossier) {
        this.dossier = dossier;
    }

    static Dossiers aTypicalDossier() {
        return new Dossiers();
    }

    /** A second dossier for this dossier's child, as a family applying twice would send: a new portal code. */
    Dossiers anotherDossierForTheSameChild() {
        ObjectNode copy = dossier.deepCopy();
        copy.put("portalDossierCode", "G22.75-ST-" + UUID.randomUUID());
        return new Dossiers(copy);
    }

    /** The hospital's certificate of another birth: a twin's. */
    Dossiers withAnotherMedicalBirthCertificate() {
        ((ObjectNode) child().get("medicalBirthCertificate")).put("number", "GCS-75-ST-" + UUID.randomUUID());
        return this;
    }

    Dossiers withoutFather() {
        dossier.remove("father");
        return this;
    }

    Dossiers withResidenceAddress(String addressLine) {
        ((ObjectNode) dossier.get("residence")).put("addressLine", addressLine);
        return this;
    }

    Dossiers bornOutsideAHealthFacility() {
        ((ObjectNode) child().get("placeOfBirth")).remove("facilityName");
        child().remove("medicalBirthCertificate");
        return this;
    }

    ObjectNode json() {
        return dossier;
    }

    private ObjectNode child() {
        return (ObjectNode) dossier.get("child");
    }

    static JsonNode awaitFinal(PortalConsole portal, String dossierId) {
        return awaitStatus(portal, dossierId, FINAL);
    }

    /**
     * Waits until the dossier is done, acting as the commune officer whenever it waits for one
     * (a birth outside a health facility). Returns early, with the dossier, if it waits for a
     * supplement from the applicant.
     */
    static JsonNode awaitDone(PortalConsole portal, String dossierId) {
        return awaitDone(portal, dossierId, Duration.ofMinutes(2));
    }

    static JsonNode awaitDone(PortalConsole portal, String dossierId, Duration timeout) {
        return awaitDone(portal, RunningSystem::officerOf, dossierId, timeout);
    }

    /** As {@link #awaitDone(PortalConsole, String)}, on a system whose officers {@code officers} gives by commune. */
    static JsonNode awaitDone(PortalConsole portal, Function<String, PortalConsole> officers, String dossierId) {
        return awaitDone(portal, officers, dossierId, Duration.ofMinutes(2));
    }

    private static JsonNode awaitDone(PortalConsole portal, Function<String, PortalConsole> officers, String dossierId,
                                      Duration timeout) {
        while (true) {
            JsonNode dossier = awaitStatus(portal, dossierId, Set.of("COMPLETED", "REFUSED", "ACTION_REQUIRED"), timeout);
            JsonNode action = dossier.at("/requiredActions/0");
            if (!dossier.get("status").asString().equals("ACTION_REQUIRED") || !action.get("kind").asString().equals("OFFICER")) {
                return dossier;
            }
            // The civil-status officer of the dossier's commune, signed in as such.
            officers.apply(dossier.get("registrationCommuneCode").asString()).post(
                    "/api/v1/dossiers/" + dossierId + "/officer-actions", "{\"action\": \"ORIGINAL_BIRTH_STATEMENT_SEEN\"}");
            await().atMost(Duration.ofSeconds(30)).until(() -> !"OFFICER".equals(
                    portal.dossier(dossierId).at("/requiredActions/0/kind").asString(null)));
        }
    }

    static JsonNode awaitStatus(PortalConsole portal, String dossierId, Set<String> statuses) {
        return awaitStatus(portal, dossierId, statuses, Duration.ofMinutes(2));
    }

    static JsonNode awaitStatus(PortalConsole portal, String dossierId, Set<String> statuses, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> statuses.contains(portal.dossier(dossierId).get("status").asString()));
        return portal.dossier(dossierId);
    }
}
