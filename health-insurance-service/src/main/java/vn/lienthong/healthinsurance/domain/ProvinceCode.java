package vn.lienthong.healthinsurance.domain;

/**
 * A province in the administrative code list. Card and social-insurance numbers use its 2-digit
 * form: province {@code 075} is {@code 75}.
 */
public record ProvinceCode(String value) {

    public ProvinceCode {
        if (value == null || !value.matches("\\d{2,3}")) {
            throw new IllegalArgumentException("a province code has 2 or 3 digits");
        }
        value = value.length() == 3 ? value : "0" + value;
        if (value.charAt(0) != '0') {
            throw new IllegalArgumentException("3-digit province codes start with 0");
        }
    }

    public String twoDigits() {
        return value.substring(1);
    }
}
