package vn.lienthong.civilregistry.domain;

/**
 * Why a birth cannot be registered: a stable code, the dossier field to correct (a path of the
 * portal's dossier, such as {@code child.dateOfBirth}) and the explanation in Vietnamese and English.
 */
public record Refusal(String code, String field, String messageVi, String messageEn) {

    static final String MEDICAL_BIRTH_CERTIFICATE_NUMBER = "child.medicalBirthCertificate.number";
    static final String CHILD_PERSONAL_ID_NUMBER = "child.personalIdNumber";

    static Refusal missing(String field, String whatVi, String whatEn) {
        return new Refusal("MISSING_FIELD", field, "Thiếu " + whatVi + ".", "Missing " + whatEn + ".");
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
}
