package vn.lienthong.residence.domain;

import java.util.regex.Pattern;

/** A commune (xã, phường, đặc khu) in the administrative code list: 5 digits, e.g. {@code 25450}. */
public record CommuneCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{5}");

    public CommuneCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a commune code has exactly 5 digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }
}
