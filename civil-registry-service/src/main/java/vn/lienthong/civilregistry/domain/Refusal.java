package vn.lienthong.civilregistry.domain;

import vn.lienthong.rules.field.FieldCodes;

/**
 * Why a birth or a death cannot be registered: a stable code, the dossier field to correct (a path
 * of the portal's dossier, such as {@code child.dateOfBirth}) and the explanation in Vietnamese and
 * English. A refusal in writing with its reason is what the law asks (Civil Status Law 2014, Art. 5(2)).
 */
public record Refusal(String code, String field, String messageVi, String messageEn) {

    static final String MEDICAL_BIRTH_CERTIFICATE_NUMBER = "child.medicalBirthCertificate.number";
    static final String CHILD_PERSONAL_ID_NUMBER = "child.personalIdNumber";

    static Refusal missing(String field, String whatVi, String whatEn) {
        return new Refusal(FieldCodes.REQUIRED, field, "Thiếu " + whatVi + ".", "Missing " + whatEn + ".");
    }

    static Refusal invalid(String field, String messageVi, String messageEn) {
        return new Refusal("INVALID_FIELD", field, messageVi, messageEn);
    }

    static Refusal dateOfBirthAfterRegistration() {
        return new Refusal("DATE_OF_BIRTH_AFTER_REGISTRATION", "child.dateOfBirth",
                "Ngày sinh của trẻ sau ngày đăng ký khai sinh.",
                "The child's date of birth is after the registration day.");
    }

    static Refusal originalBirthStatementRequired() {
        return new Refusal("ORIGINAL_BIRTH_STATEMENT_REQUIRED", "child.placeOfBirth.facilityName",
                "Trẻ sinh ngoài cơ sở y tế. Cán bộ hộ tịch cần xem bản chính giấy tờ xác nhận việc sinh trước khi đăng ký.",
                "The child was born outside a health facility. A civil-status officer must see the original "
                        + "written statement of the birth before registering it.");
    }

    static Refusal duplicateBirth(String field) {
        return new Refusal("DUPLICATE_BIRTH", field,
                "Trẻ đã được đăng ký khai sinh theo một hồ sơ khác.",
                "This birth is already registered under another dossier.");
    }

    static Refusal dateOfDeathAfterRegistration() {
        return new Refusal("DEATH_DATE_INVALID", "death.dateOfDeath",
                "Ngày chết sau ngày đăng ký khai tử.", "The date of death is after the registration day.");
    }

    static Refusal dateOfDeathBeforeBirth() {
        return new Refusal("DEATH_DATE_INVALID", "death.dateOfDeath",
                "Ngày chết trước ngày sinh của người chết.", "The date of death is before the deceased's date of birth.");
    }

    static Refusal notCompetentCommune(boolean lastResidenceKnown) {
        if (lastResidenceKnown) {
            return new Refusal("DEATH_NOT_COMPETENT_COMMUNE", "registrationCommuneCode",
                    "Việc khai tử do Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết đăng ký. "
                            + "Xin nộp hồ sơ tại xã, phường đó.",
                    "A death is registered by the commune of the deceased's last residence. Please file it there.");
        }
        return new Refusal("DEATH_NOT_COMPETENT_COMMUNE", "registrationCommuneCode",
                "Không rõ nơi cư trú cuối cùng: việc khai tử do xã, phường nơi người đó chết hoặc nơi phát hiện "
                        + "thi thể đăng ký.",
                "The last residence is not known: the death is registered by the commune where the person died "
                        + "or the body was found.");
    }

    public static Refusal proofMissing() {
        return new Refusal("DEATH_PROOF_MISSING", "death.proof.kind",
                "Thiếu giấy báo tử hoặc giấy tờ thay giấy báo tử.",
                "The death notice, or a document that replaces it, is missing.");
    }

    static Refusal facilityNoticeOutsideFacility() {
        return new Refusal("DEATH_PROOF_INVALID", "death.proof.kind",
                "Giấy báo tử của cơ sở y tế chỉ dùng khi người chết tại cơ sở y tế. Người chết ngoài cơ sở y tế cần "
                        + "giấy báo tử của Ủy ban nhân dân cấp xã nơi người đó chết, hoặc giấy tờ khác thay giấy báo tử.",
                "A health facility's death notice is for a death in that facility. A death elsewhere needs the "
                        + "death notice of the commune where it happened, or another document that replaces it.");
    }

    static Refusal proofIssuedBeforeDeath() {
        return new Refusal("DEATH_PROOF_INVALID", "death.proof.issuedOn",
                "Giấy báo tử (hoặc giấy tờ thay thế) được cấp trước ngày chết.",
                "The death notice (or the document replacing it) was issued before the date of death.");
    }

    static Refusal authorizationRequired() {
        return new Refusal("AUTHORIZATION_REQUIRED", "declarant.authorizationDocumentNumber",
                "Người đi khai tử thay cho người thân cần văn bản ủy quyền có chứng thực.",
                "Someone declaring the death for a relative needs a certified written authorization.");
    }

    /**
     * The earlier entry is named: its extract number identifies a register entry, not a person, and
     * the applicant (who named the deceased) and the officer need it to find the registration.
     */
    static Refusal deathAlreadyRegistered(DeathRegistration earlier) {
        String extract = earlier.extractNumber().value();
        String volume = earlier.entry().volume();
        int entry = earlier.entry().entryNumber();
        return new Refusal("DEATH_ALREADY_REGISTERED", "deceased.personalIdNumber",
                "Việc khai tử của người này đã được đăng ký (trích lục khai tử " + extract + ", quyển số " + volume
                        + ", số " + entry + "). Mỗi việc hộ tịch chỉ được đăng ký một lần.",
                "This person's death is already registered (death extract " + extract + ", volume " + volume
                        + ", entry " + entry + "). A civil-status event is registered once only.");
    }
}
