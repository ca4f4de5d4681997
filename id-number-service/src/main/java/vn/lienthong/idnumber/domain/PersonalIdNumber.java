package vn.lienthong.idnumber.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.lienthong.rules.identity.PersonalIdNumberRule;

/**
 * The 12-digit personal ID number (số định danh cá nhân, Decree 137/2015): the province code of
 * the place where the birth was registered, the century-and-sex digit, the last two digits of the
 * year of birth and six random digits. There is no check digit.
 */
public record PersonalIdNumber(String value) {

    public static final int RANDOM_PART_BOUND = 1_000_000;
    private static final Pattern MASKED = Pattern.compile("\\d{4}\\*{6}\\d{2}");

    public PersonalIdNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a personal ID number has exactly 12 digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return PersonalIdNumberRule.isWellFormed(value);
    }

    /** Whether {@code value} is a number as {@link #masked()} shows it. */
    public static boolean isMasked(String value) {
        return value != null && MASKED.matcher(value).matches();
    }

    /**
     * The number as shown to someone who must recognise it but not learn it, e.g. {@code 0753******04}:
     * the province and the century-and-sex digit, then six hidden digits (the year and four of the
     * random digits), then the last two random digits, to compare with the number on the family's
     * papers.
     */
    public String masked() {
        return value.substring(0, 4) + "******" + value.substring(10);
    }

    /** The number of a person born on {@code dateOfBirth} whose birth is registered in {@code province}. */
    public static PersonalIdNumber forBirth(ProvinceCode province, Sex sex, LocalDate dateOfBirth, int randomPart) {
        if (randomPart < 0 || randomPart >= RANDOM_PART_BOUND) {
            throw new IllegalArgumentException("the random part has six digits");
        }
        int year = dateOfBirth.getYear();
        return new PersonalIdNumber(province.value() + CenturyAndSex.digit(sex, year)
                + String.format("%02d%06d", year % 100, randomPart));
    }

    /** Whether the number's century-and-sex digit and year agree with this sex and date of birth. */
    public boolean agreesWith(Sex sex, LocalDate dateOfBirth) {
        int year = dateOfBirth.getYear();
        return CenturyAndSex.hasCode(year)
                && value.charAt(3) - '0' == CenturyAndSex.digit(sex, year)
                && value.substring(4, 6).equals(String.format("%02d", year % 100));
    }

    /** For logs: keeps the province part only. */
    @Override
    public String toString() {
        return PersonalIdNumberRule.forLogs(value);
    }
}
