package vn.lienthong.residence.domain;

import java.util.regex.Pattern;

/** The number of a household in the residence database: {@code HK-}, commune code, 6-digit serial. */
public record HouseholdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("HK-\\d{5}-\\d{6}");

    public HouseholdNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a household number looks like HK-25450-000001");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }
}
