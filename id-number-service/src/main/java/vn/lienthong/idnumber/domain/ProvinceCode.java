package vn.lienthong.idnumber.domain;

/** A province in the administrative code list, in its 3-digit form such as {@code 075}. */
public record ProvinceCode(String value) {

    public ProvinceCode {
        if (value == null || !value.matches("0\\d{2}")) {
            throw new IllegalArgumentException("a province code has 3 digits and starts with 0");
        }
    }
}
