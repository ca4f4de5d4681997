package vn.lienthong.idnumber.adapter.in.web.faults;

import vn.lienthong.idnumber.domain.Refusal;

/** Why a fault profile cannot be used, per field, in Vietnamese and English. */
final class FaultProblems {

    private FaultProblems() {
    }

    static Refusal unknownProfile() {
        return new Refusal("UNKNOWN_PROFILE", "profile",
                "Không có bộ lỗi mẫu tên này; chọn " + String.join(", ", NamedFaultProfiles.names()) + ".",
                "No named fault profile has this name; choose " + String.join(", ", NamedFaultProfiles.names()) + ".");
    }

    static Refusal invalidShare(String field) {
        return new Refusal("INVALID_SHARE", field,
                "Tỉ lệ phải là một số từ 0 đến 1.", "A share must be a number from 0 to 1.");
    }

    static Refusal sharesAboveOne(String field, double sum) {
        return new Refusal("SHARES_ABOVE_ONE", field,
                "Tổng các tỉ lệ lỗi (" + sum + ") không được vượt quá 1.",
                "The shares together (" + sum + ") must not exceed 1.");
    }

    static Refusal invalidDuration(String field) {
        return new Refusal("INVALID_DURATION", field,
                "Khoảng thời gian phải viết như 80ms, 3s hoặc PT1.5S và không được âm.",
                "A duration is written like 80ms, 3s or PT1.5S and must not be negative.");
    }

    static Refusal p99BelowMedian(String field) {
        return new Refusal("P99_BELOW_MEDIAN", field,
                "Phân vị 99 không được nhỏ hơn trung vị.", "The 99th percentile must not be below the median.");
    }

    static Refusal medianMissing(String field) {
        return new Refusal("MEDIAN_MISSING", field,
                "Trung vị phải lớn hơn 0 khi phân vị 99 lớn hơn 0.",
                "The median must be above zero when the 99th percentile is.");
    }

    static Refusal hangDurationNotPositive() {
        return new Refusal("INVALID_HANG_DURATION", "hangDuration",
                "Thời gian treo phải lớn hơn 0.", "The hang duration must be above zero.");
    }

    static Refusal invalidWindow(String field) {
        return new Refusal("INVALID_OUTAGE_WINDOW", field,
                "Khung giờ phải viết HH:mm-HH:mm (giờ Việt Nam), ví dụ 16:00-17:30, giờ đầu khác giờ cuối.",
                "A window is written HH:mm-HH:mm (Vietnam time), e.g. 16:00-17:30, with a start unlike its end.");
    }

    static Refusal invalidOutageMode(String field) {
        return new Refusal("INVALID_OUTAGE_MODE", field,
                "Chế độ sự cố phải là UNAVAILABLE hoặc HANG.", "The outage mode must be UNAVAILABLE or HANG.");
    }

    static Refusal invalidInstant(String field) {
        return new Refusal("INVALID_INSTANT", field,
                "Thời điểm phải viết theo ISO-8601, ví dụ 2026-11-22T09:30:00Z.",
                "An instant is written in ISO-8601, e.g. 2026-11-22T09:30:00Z.");
    }

    static Refusal unknownField(String field) {
        return new Refusal("UNKNOWN_FIELD", field,
                "Không có trường " + field + " trong bộ lỗi.", "A fault profile has no field " + field + ".");
    }

    static Refusal wrongType(String field) {
        return new Refusal("INVALID_FIELD", field,
                "Giá trị của trường " + field + " không đúng kiểu.", "The value of " + field + " has the wrong type.");
    }

    static Refusal notAnObject() {
        return new Refusal("INVALID_BODY", null,
                "Nội dung phải là một đối tượng JSON.", "The body must be a JSON object.");
    }
}
