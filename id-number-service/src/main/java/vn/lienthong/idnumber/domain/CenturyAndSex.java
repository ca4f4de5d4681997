package vn.lienthong.idnumber.domain;

/**
 * The fourth digit of a personal ID number (Circular 07/2016/TT-BCA, Art. 7): the century of birth
 * and the sex. 20th century male 0, female 1; 21st 2/3; 22nd 4/5; 23rd 6/7; 24th 8/9. Years
 * outside 1900–2399 have no code.
 */
public final class CenturyAndSex {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2399;

    private CenturyAndSex() {
    }

    public static boolean hasCode(int birthYear) {
        return birthYear >= FIRST_YEAR && birthYear <= LAST_YEAR;
    }

    public static int digit(Sex sex, int birthYear) {
        if (!hasCode(birthYear)) {
            throw new IllegalArgumentException("no century code for the year " + birthYear);
        }
        int century = birthYear / 100 - FIRST_YEAR / 100;
        return 2 * century + (sex == Sex.FEMALE ? 1 : 0);
    }
}
