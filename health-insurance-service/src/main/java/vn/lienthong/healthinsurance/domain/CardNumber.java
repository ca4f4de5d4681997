package vn.lienthong.healthinsurance.domain;

/**
 * The card code as printed (Decision 1351/QĐ-BHXH): beneficiary code {@code TE} (child under 6),
 * benefit level {@code 1} (100 %), the 2-digit province code, then the 10-digit social-insurance
 * number. Example: {@code TE1757512345678}.
 */
public record CardNumber(String value) {

    public static final String CHILD_UNDER_SIX = "TE";
    public static final int FULL_BENEFIT = 1;

    public CardNumber {
        if (value == null || !value.matches("TE1\\d{12}")) {
            throw new IllegalArgumentException("not a child's card number: " + value);
        }
    }

    public static CardNumber forChild(ProvinceCode province, SocialInsuranceNumber number) {
        return new CardNumber(CHILD_UNDER_SIX + FULL_BENEFIT + province.twoDigits() + number.value());
    }
}
