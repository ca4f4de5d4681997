package vn.lienthong.healthinsurance.domain;

/**
 * A scheme other than social insurance that pays funeral support for people social insurance does
 * not (as the social-affairs database shares them with the interconnected procedure): the refusal
 * names it and the body to ask, so the family knows where to turn.
 */
public enum OtherScheme {

    /** On a monthly social allowance: at least 20 × the social-assistance standard, by the province. */
    SOCIAL_PROTECTION("Nghị định 20/2021/NĐ-CP, Điều 11",
            "Người chết đang hưởng trợ cấp xã hội hằng tháng: hỗ trợ chi phí mai táng do Ủy ban nhân dân cấp xã "
                    + "và cơ quan lao động - xã hội chi trả, không do bảo hiểm xã hội.",
            "The deceased received a monthly social allowance: funeral support is paid by the commune and the "
                    + "social affairs body, not by social insurance."),
    /** A person with meritorious services to the revolution, not insured: the allowance at the same level. */
    MERITORIOUS_PERSON("Pháp lệnh 02/2020/UBTVQH14, Điều 6(4); Nghị định 131/2021/NĐ-CP, Điều 121–122",
            "Người chết là người có công với cách mạng, không đủ điều kiện hưởng từ bảo hiểm xã hội: trợ cấp mai táng "
                    + "do cơ quan quản lý người có công chi trả (hồ sơ mẫu 12 nộp tại Ủy ban nhân dân cấp xã).",
            "The deceased had meritorious services and does not qualify under social insurance: the funeral "
                    + "allowance is paid by the body for people with meritorious services (form 12, filed with the "
                    + "commune)."),
    /** On the social pension (trợ cấp hưu trí xã hội): funeral support under the law on the elderly. */
    SOCIAL_PENSION("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 22(3)",
            "Người chết đang hưởng trợ cấp hưu trí xã hội: hỗ trợ chi phí mai táng theo pháp luật về người cao tuổi, "
                    + "do cơ quan lao động - xã hội chi trả.",
            "The deceased received the social pension: funeral support is paid under the law on the elderly, by "
                    + "the social affairs body.");

    private final String legalBasis;
    private final String messageVi;
    private final String messageEn;

    OtherScheme(String legalBasis, String messageVi, String messageEn) {
        this.legalBasis = legalBasis;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
