package vn.lienthong.orchestrator.domain.death;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import vn.lienthong.orchestrator.domain.form.Channel;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;
import vn.lienthong.orchestrator.domain.form.ResultDelivery;
import vn.lienthong.orchestrator.domain.form.Sex;

/**
 * The death group's dossier as the portal sends it ({@code deploy/src/main/resources/examples/dossier-death.json}):
 * the deceased, the death and its proof (giấy báo tử or what replaces it), the declarant (người đi
 * khai tử), and the funeral allowance's beneficiary and how it is paid. Codes (relationships, proof
 * kinds, payment methods) are the contracts' words; {@link DeathRules} holds them to their lists.
 */
public record DeathForm(
        String portalDossierCode,
        OffsetDateTime submittedAt,
        Channel channel,
        String registrationCommuneCode,
        Deceased deceased,
        Death death,
        Declarant declarant,
        SocialInsurance socialInsurance,
        ResultDelivery resultDelivery) implements ProcedureForm {

    @Override
    public String subjectFullName() {
        return deceased == null ? null : deceased.fullName();
    }

    @Override
    public Object checkedPeople() {
        return deceased;
    }

    public record Deceased(String personalIdNumber, String fullName, Sex sex, LocalDate dateOfBirth, String ethnicity,
                           String nationality, LastResidence lastResidence) {
    }

    public record LastResidence(String communeCode, String addressLine) {
    }

    public record Death(LocalDate dateOfDeath, LocalTime timeOfDeath, Place place, String causeCategory, Proof proof) {
    }

    public record Place(String facilityName, String communeCode, String addressLine) {
    }

    public record Proof(String kind, String number, LocalDate issuedOn, String issuer, Boolean electronic) {
    }

    public record Declarant(String fullName, String personalIdNumber, String relationship, String phone,
                            String authorizationDocumentNumber) {
    }

    public record SocialInsurance(FuneralAllowance funeralAllowance, Boolean survivorsBenefitsRequested,
                                  String lateClaimExplanation) {
    }

    public record FuneralAllowance(Beneficiary beneficiary, Payment payment) {
    }

    public record Beneficiary(String fullName, String personalIdNumber, String relationship) {
    }

    public record Payment(String method, String bankCode, String accountNumber, String accountHolder) {
    }
}
