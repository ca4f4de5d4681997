package vn.lienthong.civilregistry.application.port.in;

import java.util.UUID;

import vn.lienthong.civilregistry.domain.CommuneCode;
import vn.lienthong.civilregistry.domain.Death;
import vn.lienthong.civilregistry.domain.DeathDeclarant;
import vn.lienthong.civilregistry.domain.DeathDeclaration;
import vn.lienthong.civilregistry.domain.DeathPlace;
import vn.lienthong.civilregistry.domain.DeathProof;
import vn.lienthong.civilregistry.domain.Deceased;
import vn.lienthong.civilregistry.domain.FieldChecks;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.rules.text.TextKind;

/**
 * Register a death. Every field is checked here and all problems are reported together, each
 * naming the field of the portal's death dossier to correct. A missing proof is the rule's own
 * refusal ({@code DEATH_PROOF_MISSING}, Civil Status Law 2014, Art. 34(1)), not a missing field.
 */
public record RegisterDeathCommand(
        UUID dossierId,
        String portalDossierCode,
        String registrationCommuneCode,
        Deceased deceased,
        Death death,
        DeathDeclarant declarant) {

    private static final Deceased NOBODY = new Deceased(null, null, null, null, null, null, null, null);
    private static final Death NOTHING_DECLARED = new Death(null, null, null, null, null);
    private static final DeathPlace NOWHERE = new DeathPlace(null, null, null);
    private static final DeathDeclarant NO_DECLARANT = new DeathDeclarant(null, null, null, null);

    public RegisterDeathCommand {
        var checks = new FieldChecks()
                .required("dossierId", dossierId, "mã hồ sơ", "the dossier id")
                .text("portalDossierCode", portalDossierCode, TextKind.CODE)
                .communeCode("registrationCommuneCode", registrationCommuneCode, true,
                        "mã xã nơi đăng ký khai tử", "the registration commune code");
        checkDeceased(deceased == null ? NOBODY : deceased, checks);
        checkDeath(death == null ? NOTHING_DECLARED : death, checks);
        checkDeclarant(declarant == null ? NO_DECLARANT : declarant, deceased == null ? NOBODY : deceased, checks);
        checks.throwIfAny();
        if (death.place() == null) {
            death = new Death(death.dateOfDeath(), death.timeOfDeath(), NOWHERE, death.causeCategory(), death.proof());
        }
    }

    public DeathDeclaration declaration() {
        return new DeathDeclaration(dossierId, portalDossierCode, new CommuneCode(registrationCommuneCode),
                new PersonalIdNumber(deceased.personalIdNumber()), deceased, death, declarant);
    }

    private static void checkDeceased(Deceased deceased, FieldChecks checks) {
        checks.personalIdNumber("deceased.personalIdNumber", deceased.personalIdNumber(), true,
                        "số định danh cá nhân của người chết", "the deceased's personal ID number")
                .required("deceased.fullName", deceased.fullName(), "họ tên người chết", "the deceased's full name")
                .text("deceased.fullName", deceased.fullName(), TextKind.PERSON_NAME)
                .required("deceased.sex", deceased.sex(), "giới tính của người chết", "the deceased's sex")
                .required("deceased.dateOfBirth", deceased.dateOfBirth(), "ngày sinh của người chết",
                        "the deceased's date of birth")
                .text("deceased.ethnicity", deceased.ethnicity(), TextKind.LABEL)
                .text("deceased.nationality", deceased.nationality(), TextKind.LABEL)
                .communeCode("deceased.lastResidence.communeCode", deceased.lastResidenceCommuneCode(), false,
                        "mã xã nơi cư trú cuối cùng", "the commune code of the last residence")
                .text("deceased.lastResidence.addressLine", deceased.lastResidenceAddressLine(), TextKind.ADDRESS_LINE);
    }

    private static void checkDeath(Death death, FieldChecks checks) {
        DeathPlace place = death.place() == null ? NOWHERE : death.place();
        checks.required("death.dateOfDeath", death.dateOfDeath(), "ngày chết", "the date of death")
                .oneOf("death.causeCategory", death.causeCategory(), Death.CAUSE_CATEGORIES,
                        "nhóm nguyên nhân chết", "the cause category")
                .text("death.place.facilityName", place.facilityName(), TextKind.PLACE_NAME)
                .communeCode("death.place.communeCode", place.communeCode(), false,
                        "mã xã nơi chết", "the commune code of the place of death")
                .text("death.place.addressLine", place.addressLine(), TextKind.ADDRESS_LINE);
        DeathProof proof = death.proof();
        if (proof == null || proof.kind() == null || proof.kind().isBlank()) {
            checks.add(Refusal.proofMissing());
        } else {
            checks.oneOf("death.proof.kind", proof.kind(), DeathProof.KINDS,
                            "loại giấy báo tử hoặc giấy tờ thay thế", "the kind of death notice or replacing document")
                    .required("death.proof.number", proof.number(), "số giấy báo tử", "the death notice's number")
                    .text("death.proof.number", proof.number(), TextKind.DOCUMENT_NUMBER)
                    .required("death.proof.issuer", proof.issuer(), "cơ quan cấp giấy báo tử",
                            "the death notice's issuer")
                    .text("death.proof.issuer", proof.issuer(), TextKind.PLACE_NAME);
        }
    }

    private static void checkDeclarant(DeathDeclarant declarant, Deceased deceased, FieldChecks checks) {
        checks.required("declarant.fullName", declarant.fullName(), "họ tên người đi khai tử", "the declarant's full name")
                .text("declarant.fullName", declarant.fullName(), TextKind.PERSON_NAME)
                .personalIdNumber("declarant.personalIdNumber", declarant.personalIdNumber(), false,
                        "số định danh cá nhân của người đi khai tử", "the declarant's personal ID number")
                .oneOf("declarant.relationship", declarant.relationship(), DeathDeclarant.RELATIONSHIPS,
                        "quan hệ của người đi khai tử với người chết", "the declarant's relationship to the deceased")
                .text("declarant.authorizationDocumentNumber", declarant.authorizationDocumentNumber(),
                        TextKind.DOCUMENT_NUMBER);
        if (declarant.personalIdNumber() != null && declarant.personalIdNumber().equals(deceased.personalIdNumber())) {
            checks.add(new Refusal("INVALID_FIELD", "declarant.personalIdNumber",
                    "Người đi khai tử không thể là chính người chết.", "The declarant cannot be the deceased."));
        }
    }
}
