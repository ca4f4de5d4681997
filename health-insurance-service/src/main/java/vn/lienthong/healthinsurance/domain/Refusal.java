package vn.lienthong.healthinsurance.domain;

/**
 * Why a card cannot be issued: a stable code, the dossier field to correct, and the explanation
 * in Vietnamese and English.
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
}
