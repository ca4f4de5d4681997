package vn.lienthong.contracts.common;

/**
 * Why an agency refused a command: a stable {@code code}, the dossier {@code field} that must
 * change (a path such as {@code residence.addressLine}, or null when no single field is at fault)
 * and the explanation in Vietnamese and English for the officer and the applicant.
 */
public record Rejection(
        String code,
        String field,
        String messageVi,
        String messageEn) {

    /**
     * The agency could not process the command at all, for a reason no retry changes (its database
     * refused the data, its rules a value): nothing the applicant must change is known, so the
     * orchestrator hands the step to ops rather than asking for a supplement.
     */
    public static final String CANNOT_PROCESS = "CANNOT_PROCESS";

    /** A {@link #CANNOT_PROCESS} rejection; {@code detail} says what failed, without any value. */
    public static Rejection cannotProcess(String detail) {
        return new Rejection(CANNOT_PROCESS, null,
                "Cơ quan không xử lý được yêu cầu do lỗi kỹ thuật (" + detail + "). Bộ phận vận hành sẽ khắc phục; "
                        + "người nộp không cần bổ sung hồ sơ.",
                "The agency could not process the request: " + detail + ". Ops will fix the cause; nothing is "
                        + "asked of the applicant.");
    }
}
