package vn.lienthong.healthinsurance.domain;

import java.util.regex.Pattern;

/**
 * The 12-digit personal ID number. Since the 2024 Social Insurance Law it identifies the insured
 * person, so cards are keyed by it.
 */
public record PersonalIdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    public PersonalIdNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
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
