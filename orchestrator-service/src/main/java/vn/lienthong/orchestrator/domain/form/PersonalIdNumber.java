package vn.lienthong.orchestrator.domain.form;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The 12-digit personal ID number (Decree 137/2015, Circular 07/2016): 3-digit province code of
 * the birth registration, 1 digit for century and sex, 2 digits of the birth year, 6 random digits.
 */
public final class PersonalIdNumber {

    private static final Pattern FORMAT = Pattern.compile("0\\d{11}");

    private PersonalIdNumber() {
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The century-and-sex digit: 1900s male 0 female 1, 2000s 2/3, 2100s 4/5, and so on. */
    public static int centuryAndSexDigit(LocalDate dateOfBirth, Sex sex) {
        int century = dateOfBirth.getYear() / 100 - 19;
        return century * 2 + (sex == Sex.FEMALE ? 1 : 0);
    }

    /** True when the number's century, sex and year digits agree with the person's. */
    public static boolean agreesWith(String value, LocalDate dateOfBirth, Sex sex) {
        if (!isWellFormed(value) || dateOfBirth == null || dateOfBirth.getYear() < 1900) {
            return false;
        }
        int digit = value.charAt(3) - '0';
        int year = Integer.parseInt(value.substring(4, 6));
        return digit == centuryAndSexDigit(dateOfBirth, sex) && year == dateOfBirth.getYear() % 100;
    }

    /** For logs: the province part only. */
    public static String masked(String value) {
        return value == null || value.length() < 3 ? "***" : value.substring(0, 3) + "*********";
    }
}
