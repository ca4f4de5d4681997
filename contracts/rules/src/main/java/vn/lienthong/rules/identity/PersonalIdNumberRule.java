package vn.lienthong.rules.identity;

import java.util.regex.Pattern;

/**
 * The 12-digit personal ID number: the 3-digit province code of the place where the birth was
 * registered, one digit for century and sex, the last two digits of the year of birth, six random
 * digits; no check digit. Any 12 digits are well formed: which province codes exist is the
 * population database's to say (codes change as provinces merge), not every caller's.
 */
public final class PersonalIdNumberRule {

    public static final int LENGTH = 12;
    /** The first and last years of birth a century-and-sex digit exists for (Circular 07/2016, Art. 7). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2399;

    private static final Pattern FORMAT = Pattern.compile("\\d{" + LENGTH + "}");
    private static final int PROVINCE_DIGITS = 3;

    private PersonalIdNumberRule() {
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static boolean hasCenturyAndSexDigit(int birthYear) {
        return birthYear >= FIRST_YEAR && birthYear <= LAST_YEAR;
    }

    /** The fourth digit: 1900s male 0, female 1; 2000s 2/3; 2100s 4/5; 2200s 6/7; 2300s 8/9. */
    public static int centuryAndSexDigit(int birthYear, boolean female) {
        if (!hasCenturyAndSexDigit(birthYear)) {
            throw new IllegalArgumentException("no century-and-sex digit for the year " + birthYear);
        }
        return 2 * (birthYear / 100 - FIRST_YEAR / 100) + (female ? 1 : 0);
    }

    /** Whether a well-formed number's century-and-sex digit and year digits agree with the person's. */
    public static boolean agreesWith(String value, int birthYear, boolean female) {
        return isWellFormed(value) && hasCenturyAndSexDigit(birthYear)
                && value.charAt(3) - '0' == centuryAndSexDigit(birthYear, female)
                && Integer.parseInt(value.substring(4, 6)) == birthYear % 100;
    }

    /** The number as logs may show it: the province part only, whatever the value. */
    public static String forLogs(String value) {
        return value == null || value.length() < PROVINCE_DIGITS
                ? "***" : value.substring(0, PROVINCE_DIGITS) + "*".repeat(LENGTH - PROVINCE_DIGITS);
    }
}
