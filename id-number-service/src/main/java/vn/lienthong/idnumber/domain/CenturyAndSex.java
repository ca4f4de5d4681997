package vn.lienthong.idnumber.domain;

import vn.lienthong.rules.identity.PersonalIdNumberRule;

/**
 * The fourth digit of a personal ID number (Circular 07/2016/TT-BCA, Art. 7): the century of birth
 * and the sex. 20th century male 0, female 1; 21st 2/3; 22nd 4/5; 23rd 6/7; 24th 8/9. Years
 * outside 1900–2399 have no code.
 */
public final class CenturyAndSex {

    public static final int FIRST_YEAR = PersonalIdNumberRule.FIRST_YEAR;
    public static final int LAST_YEAR = PersonalIdNumberRule.LAST_YEAR;

    private CenturyAndSex() {
    }

    public static boolean hasCode(int birthYear) {
        return PersonalIdNumberRule.hasCenturyAndSexDigit(birthYear);
    }

    public static int digit(Sex sex, int birthYear) {
        return PersonalIdNumberRule.centuryAndSexDigit(birthYear, sex == Sex.FEMALE);
    }
}
