package vn.lienthong.deploy.population;

import java.time.format.DateTimeFormatter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A death's dossier as the national portal sends it for the death group (đăng ký khai tử, xóa đăng
 * ký thường trú, mai táng phí, tử tuất): the shape and field names of
 * {@code deploy/src/main/resources/examples/dossier-death.json}. {@code death.timeOfDeath} and
 * {@code death.place.facilityName} are left out when the death was not in a facility,
 * {@code death.place.addressLine} when it was; the bank fields when the allowance is paid in cash.
 */
public final class PortalDeathDossiers {

    /** The procedure the portal names for the death group; the birth group's dossiers name none. */
    public static final String PROCEDURE = "DEATH";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PortalDeathDossiers() {
    }

    /** The dossier as one line of JSON. */
    public static String render(Death death) {
        return JSON.writeValueAsString(tree(death));
    }

    public static ObjectNode tree(Death death) {
        ObjectNode dossier = JSON.createObjectNode();
        dossier.put("procedure", PROCEDURE);
        dossier.put("portalDossierCode", death.portalDossierCode());
        dossier.put("submittedAt", SUBMITTED_AT.format(death.submittedAt()));
        dossier.put("channel", death.channel().name());
        dossier.put("registrationCommuneCode", death.commune().code());
        deceased(dossier.putObject("deceased"), death);
        death(dossier.putObject("death"), death);
        ObjectNode declarant = dossier.putObject("declarant");
        declarant.put("fullName", death.declarant().fullName());
        declarant.put("personalIdNumber", death.declarant().personalIdNumber());
        declarant.put("relationship", death.declarantRelationship());
        declarant.put("phone", death.declarantPhone());
        socialInsurance(dossier.putObject("socialInsurance"), death);
        dossier.put("resultDelivery", death.resultDelivery().name());
        return dossier;
    }

    private static void deceased(ObjectNode node, Death death) {
        Person deceased = death.deceased();
        node.put("personalIdNumber", deceased.personalIdNumber());
        node.put("fullName", deceased.fullName());
        node.put("sex", deceased.sex().name());
        node.put("dateOfBirth", death.declaredDateOfBirth().toString());
        node.put("ethnicity", deceased.ethnicity());
        node.put("nationality", deceased.nationality());
        ObjectNode lastResidence = node.putObject("lastResidence");
        lastResidence.put("communeCode", death.commune().code());
        lastResidence.put("addressLine", death.addressLine());
    }

    private static void death(ObjectNode node, Death death) {
        node.put("dateOfDeath", death.dateOfDeath().toString());
        if (death.timeOfDeath() != null) {
            node.put("timeOfDeath", TIME.format(death.timeOfDeath()));
        }
        ObjectNode place = node.putObject("place");
        if (death.diedInFacility()) {
            place.put("facilityName", death.facility().name());
            place.put("communeCode", death.facility().communeCode());
        } else {
            place.put("communeCode", death.commune().code());
            place.put("addressLine", death.addressLine());
        }
        node.put("causeCategory", death.causeCategory());
        ObjectNode proof = node.putObject("proof");
        proof.put("kind", death.proofKind());
        proof.put("number", death.proofNumber());
        proof.put("issuedOn", death.dateOfDeath().toString());
        proof.put("issuer", death.diedInFacility() ? death.facility().name()
                : "POLICE_CONFIRMATION".equals(death.proofKind()) ? "Công an " + death.commune().name()
                : "Ủy ban nhân dân " + death.commune().name());
        proof.put("electronic", death.diedInFacility());
    }

    private static void socialInsurance(ObjectNode node, Death death) {
        ObjectNode allowance = node.putObject("funeralAllowance");
        ObjectNode beneficiary = allowance.putObject("beneficiary");
        beneficiary.put("fullName", death.declarant().fullName());
        beneficiary.put("personalIdNumber", death.declarant().personalIdNumber());
        beneficiary.put("relationship", death.declarantRelationship());
        ObjectNode payment = allowance.putObject("payment");
        payment.put("method", death.paymentMethod());
        if (death.bankAccountNumber() != null) {
            payment.put("bankCode", "VBA");
            payment.put("accountNumber", death.bankAccountNumber());
            payment.put("accountHolder", death.declarant().fullName());
        }
        node.put("survivorsBenefitsRequested", death.survivorsBenefitsRequested());
    }
}
