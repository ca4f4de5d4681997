package vn.lienthong.healthinsurance.domain;

/**
 * The 10-digit social-insurance number (mã số BHXH): the province's 2-digit code followed by an
 * 8-digit serial that the province never reuses.
 */
public record SocialInsuranceNumber(String value) {

    public SocialInsuranceNumber {
        if (value == null || !value.matches("\\d{10}")) {
            throw new IllegalArgumentException("a social-insurance number has exactly 10 digits");
        }
    }

    public static SocialInsuranceNumber of(String provinceCode, long serial) {
        if (serial < 1 || serial > 99_999_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return new SocialInsuranceNumber(provinceCode + String.format("%08d", serial));
    }
}
