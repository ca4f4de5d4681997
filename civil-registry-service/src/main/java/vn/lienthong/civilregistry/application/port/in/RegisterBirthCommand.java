package vn.lienthong.civilregistry.application.port.in;

import java.util.UUID;

import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.CommuneCode;
import vn.lienthong.civilregistry.domain.Declarant;
import vn.lienthong.civilregistry.domain.FieldChecks;
import vn.lienthong.civilregistry.domain.Newborn;
import vn.lienthong.civilregistry.domain.Parent;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.rules.text.TextKind;

/**
 * Register a birth. Every field is checked here and all problems are reported together, each
 * naming the field of the portal's dossier to correct. {@code father} is null when the father is
 * unknown.
 */
public record RegisterBirthCommand(
        UUID dossierId,
        String portalDossierCode,
        String registrationCommuneCode,
        String childPersonalIdNumber,
        Newborn child,
        Parent mother,
        Parent father,
        Declarant declarant,
        boolean originalBirthStatementSeen) {

    private static final Newborn NOTHING_DECLARED = new Newborn(null, null, null, null, null, null, null, null, false);
    private static final Parent NO_PARENT = new Parent(null, null, null, null, null);
    private static final Declarant NO_DECLARANT = new Declarant(null, null, null);

    public RegisterBirthCommand {
        var checks = new FieldChecks()
                .required("dossierId", dossierId, "mã hồ sơ", "the dossier id")
                .text("portalDossierCode", portalDossierCode, TextKind.CODE)
                .communeCode("registrationCommuneCode", registrationCommuneCode, true,
                        "mã xã nơi đăng ký khai sinh", "the registration commune code")
                .personalIdNumber("child.personalIdNumber", childPersonalIdNumber, true,
                        "số định danh cá nhân của trẻ", "the child's personal ID number");
        checkChild(child == null ? NOTHING_DECLARED : child, checks);
        checkMother(mother == null ? NO_PARENT : mother, checks);
        if (father != null) {
            checkFather(father, checks);
        }
        checkDeclarant(declarant == null ? NO_DECLARANT : declarant, checks);
        checks.throwIfAny();
    }

    public BirthDeclaration declaration() {
        return new BirthDeclaration(dossierId, portalDossierCode, new CommuneCode(registrationCommuneCode),
                new PersonalIdNumber(childPersonalIdNumber), child, mother, father, declarant, originalBirthStatementSeen);
    }

    private static void checkChild(Newborn child, FieldChecks checks) {
        checks.required("child.fullName", child.fullName(), "họ tên của trẻ", "the child's full name")
                .text("child.fullName", child.fullName(), TextKind.PERSON_NAME)
                .text("child.ethnicity", child.ethnicity(), TextKind.LABEL)
                .text("child.nationality", child.nationality(), TextKind.LABEL)
                .text("child.placeOfBirth.facilityName", child.facilityName(), TextKind.PLACE_NAME)
                .text("child.medicalBirthCertificate.number", child.medicalBirthCertificateNumber(),
                        TextKind.DOCUMENT_NUMBER)
                .required("child.sex", child.sex(), "giới tính của trẻ", "the child's sex")
                .required("child.dateOfBirth", child.dateOfBirth(), "ngày sinh của trẻ", "the child's date of birth")
                .communeCode("child.placeOfBirth.communeCode", child.placeOfBirthCommuneCode(), false,
                        "mã xã nơi sinh", "the commune code of the place of birth");
        // Only a health facility issues a medical birth certificate (giấy chứng sinh).
        if (child.bornInHealthFacility()) {
            checks.required("child.medicalBirthCertificate.number", child.medicalBirthCertificateNumber(),
                    "số giấy chứng sinh", "the medical birth certificate number");
        }
    }

    private static void checkMother(Parent mother, FieldChecks checks) {
        checks.required("mother.fullName", mother.fullName(), "họ tên của mẹ", "the mother's full name")
                .text("mother.fullName", mother.fullName(), TextKind.PERSON_NAME)
                .personalIdNumber("mother.personalIdNumber", mother.personalIdNumber(), true,
                        "số định danh cá nhân của mẹ", "the mother's personal ID number");
    }

    /** An unknown father is left out entirely; a declared one needs a name, and his ID number if given must be whole. */
    private static void checkFather(Parent father, FieldChecks checks) {
        checks.required("father.fullName", father.fullName(), "họ tên của cha", "the father's full name")
                .text("father.fullName", father.fullName(), TextKind.PERSON_NAME)
                .personalIdNumber("father.personalIdNumber", father.personalIdNumber(), false,
                        "số định danh cá nhân của cha", "the father's personal ID number");
    }

    private static void checkDeclarant(Declarant declarant, FieldChecks checks) {
        checks.required("declarant.fullName", declarant.fullName(), "họ tên người đi khai sinh", "the declarant's full name")
                .text("declarant.fullName", declarant.fullName(), TextKind.PERSON_NAME)
                .personalIdNumber("declarant.personalIdNumber", declarant.personalIdNumber(), false,
                        "số định danh cá nhân của người đi khai sinh", "the declarant's personal ID number")
                .oneOf("declarant.relationship", declarant.relationship(), Declarant.RELATIONSHIPS,
                        "quan hệ của người đi khai sinh với trẻ", "the declarant's relationship to the child");
    }
}
