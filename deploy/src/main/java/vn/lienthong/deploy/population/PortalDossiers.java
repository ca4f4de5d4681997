package vn.lienthong.deploy.population;

import java.time.format.DateTimeFormatter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A family's 3-in-1 dossier as the national portal sends it: the shape and field names of
 * {@code shared/examples/dossier-3in1.json}, with {@code father} left out when unknown and
 * {@code residence.householdHeadConsent} added when the child joins a household headed by someone
 * other than the residence parent.
 */
public final class PortalDossiers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private PortalDossiers() {
    }

    /** The dossier as one line of JSON. */
    public static String render(Family family) {
        return JSON.writeValueAsString(tree(family));
    }

    public static ObjectNode tree(Family family) {
        Submission submission = family.submission();
        Household household = family.household();
        ObjectNode dossier = JSON.createObjectNode();
        dossier.put("portalDossierCode", submission.portalDossierCode());
        dossier.put("submittedAt", SUBMITTED_AT.format(submission.submittedAt()));
        dossier.put("channel", submission.channel().name());
        dossier.put("registrationCommuneCode", household.commune().code());
        child(dossier.putObject("child"), family.child());
        parent(dossier.putObject("mother"), family.mother());
        family.father().ifPresent(father -> parent(dossier.putObject("father"), father));
        declarant(dossier.putObject("declarant"), submission.declarant());
        ObjectNode residence = dossier.putObject("residence");
        residence.put("parentPersonalIdNumber", family.residenceParent().personalIdNumber());
        residence.put("communeCode", household.commune().code());
        residence.put("addressLine", household.addressLine());
        if (family.needsHouseholdHeadConsent()) {
            residence.put("householdHeadConsent", true);
        }
        dossier.putObject("healthInsurance").put("initialCareFacilityCode", family.initialCareFacility().code());
        dossier.put("resultDelivery", submission.resultDelivery().name());
        return dossier;
    }

    private static void child(ObjectNode node, Newborn child) {
        node.put("fullName", child.fullName());
        node.put("sex", child.sex().name());
        node.put("dateOfBirth", child.dateOfBirth().toString());
        ObjectNode placeOfBirth = node.putObject("placeOfBirth");
        if (child.bornInFacility()) {
            placeOfBirth.put("facilityName", child.birthFacility().name());
        }
        placeOfBirth.put("communeCode", child.placeOfBirthCommuneCode());
        node.put("ethnicity", child.ethnicity());
        node.put("nationality", child.nationality());
        ObjectNode certificate = node.putObject("medicalBirthCertificate");
        certificate.put("number", child.medicalBirthCertificateNumber());
        certificate.put("electronic", child.medicalBirthCertificateElectronic());
    }

    private static void parent(ObjectNode node, Person parent) {
        node.put("fullName", parent.fullName());
        node.put("dateOfBirth", parent.dateOfBirth().toString());
        node.put("personalIdNumber", parent.personalIdNumber());
        node.put("ethnicity", parent.ethnicity());
        node.put("nationality", parent.nationality());
    }

    private static void declarant(ObjectNode node, Declarant declarant) {
        node.put("fullName", declarant.person().fullName());
        node.put("personalIdNumber", declarant.person().personalIdNumber());
        node.put("relationship", declarant.relationship().name());
        node.put("phone", declarant.phone());
    }
}
