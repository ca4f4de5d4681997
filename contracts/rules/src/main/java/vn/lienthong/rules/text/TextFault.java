package vn.lienthong.rules.text;

/** Why a text cannot be kept, with a stable code and what to do in Vietnamese and English. */
public enum TextFault {

    FORBIDDEN_CHARACTER("Có ký tự không được phép (ký tự điều khiển, ký tự ẩn hoặc đổi chiều viết).",
            "Contains a character that is not allowed (a control, invisible or direction-changing character)."),
    TOO_LONG("Dài quá số ký tự cho phép.", "Longer than allowed."),
    NO_LETTER("Phải có chữ cái.", "Must contain letters."),
    INVALID_NAME_CHARACTER("Họ tên chỉ gồm chữ cái, dấu cách, dấu nháy đơn, dấu gạch nối và dấu chấm.",
            "A name has only letters, spaces, apostrophes, hyphens and dots.");

    private final String messageVi;
    private final String messageEn;

    TextFault(String messageVi, String messageEn) {
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** The stable code that problem details and rejections carry. */
    public String code() {
        return name();
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }

    /** The message for {@code kind}, naming its limit where the fault is about length. */
    public String messageVi(TextKind kind) {
        return this == TOO_LONG ? "Dài quá " + kind.maxLength() + " ký tự." : messageVi;
    }

    public String messageEn(TextKind kind) {
        return this == TOO_LONG ? "Longer than " + kind.maxLength() + " characters." : messageEn;
    }
}
