package vn.lienthong.idnumber.adapter.in.web;

import vn.lienthong.idnumber.domain.Refusal;

/** What to tell the sender of a value that does not fit its field's type. */
final class UnreadableValues {

    private UnreadableValues() {
    }

    static Refusal refusal(String field) {
        return switch (field) {
            case "sex" -> new Refusal("INVALID_FIELD", field,
                    "Giới tính phải là MALE hoặc FEMALE.", "The sex must be MALE or FEMALE.");
            case "dateOfBirth" -> new Refusal("INVALID_FIELD", field,
                    "Ngày sinh phải là một ngày có thật, dạng YYYY-MM-DD.",
                    "The date of birth must be a real date written YYYY-MM-DD.");
            case "dateOfDeath" -> new Refusal("INVALID_FIELD", field,
                    "Ngày chết phải là một ngày có thật, dạng YYYY-MM-DD.",
                    "The date of death must be a real date written YYYY-MM-DD.");
            default -> new Refusal("INVALID_FIELD", field,
                    "Giá trị của trường " + field + " không đúng kiểu.", "The value of " + field + " has the wrong type.");
        };
    }
}
