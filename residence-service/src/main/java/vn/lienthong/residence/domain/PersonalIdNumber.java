package vn.lienthong.residence.domain;

import java.util.regex.Pattern;

/** The 12-digit personal ID number; a person is a permanent resident of at most one household. */
public record PersonalIdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    public PersonalIdNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a personal ID number has exactly 12 digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** For logs: keeps the province part only. */
    @Override
    public String toString() {
        return value.substring(0, 3) + "*********";
    }
}
