package vn.lienthong.healthinsurance.domain;

/**
 * Why a card cannot be issued or a funeral-allowance claim cannot be decided as sent: a stable code,
 * the dossier field to correct (null when a person must decide), and the explanation in Vietnamese
 * and English.
 */
public record Refusal(String code, String field, String messageVi, String messageEn) {

    static Refusal childNotUnderSix() {
        return new Refusal("CHILD_NOT_UNDER_SIX", "child.dateOfBirth",
                "Trẻ đã đủ 6 tuổi, không thuộc diện cấp thẻ BHYT trẻ em dưới 6 tuổi.",
                "The child is 6 or older and not eligible for the under-6 card.");
    }

    static Refusal bornAfterApplication() {
        return new Refusal("DATE_OF_BIRTH_AFTER_APPLICATION", "child.dateOfBirth",
                "Ngày sinh sau ngày nộp hồ sơ.", "The date of birth is after the application date.");
    }

    static Refusal unknownCareFacility() {
        return new Refusal("UNKNOWN_CARE_FACILITY", "healthInsurance.initialCareFacilityCode",
                "Không có cơ sở khám chữa bệnh ban đầu với mã này.", "No initial care facility has this code.");
    }

    static Refusal lawNotSupported() {
        return new Refusal("LAW_NOT_SUPPORTED", "death.dateOfDeath",
                "Người chết trước ngày 01/01/2016: cán bộ bảo hiểm xã hội giải quyết theo pháp luật cũ, không tự động.",
                "The death was before 1 January 2016: a social-insurance officer decides it under the former law.");
    }

    static Refusal referenceLevelUnknown() {
        return new Refusal("REFERENCE_LEVEL_UNKNOWN", "death.dateOfDeath",
                "Chưa có mức tham chiếu cho tháng người đó chết: cán bộ bảo hiểm xã hội giải quyết.",
                "No reference level is configured for the month of death: a social-insurance officer decides it.");
    }

    static Refusal deathAfterApplication() {
        return new Refusal("INVALID_FIELD", "death.dateOfDeath",
                "Ngày chết sau ngày nộp hồ sơ.", "The date of death is after the day the dossier was submitted.");
    }

    static Refusal lateClaimExplanationRequired(int days) {
        return new Refusal("LATE_CLAIM_EXPLANATION_REQUIRED", "socialInsurance.lateClaimExplanation",
                "Hồ sơ nộp quá " + days + " ngày kể từ ngày chết: cần văn bản giải trình lý do nộp chậm.",
                "The claim comes more than " + days + " days after the death: a written explanation of the delay "
                        + "is needed.");
    }

    static Refusal beneficiaryMustBeRelative() {
        return new Refusal("BENEFICIARY_MUST_BE_RELATIVE",
                "socialInsurance.funeralAllowance.beneficiary.relationship",
                "Người bị Tòa án tuyên bố là đã chết: trợ cấp mai táng trả cho thân nhân.",
                "The person was declared dead by a court: the funeral allowance is paid to a relative.");
    }
}
