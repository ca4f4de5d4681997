package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * How long a child's card is valid (Decree 146/2018, Art. 13): from the date of birth to the day
 * the child turns 72 months; when that day comes before 30 September of that year, until
 * 30 September, so the card lasts until the school year starts.
 */
public final class CardValidity {

    private static final int MONTHS = 72;

    private CardValidity() {
    }

    public static LocalDate validFrom(LocalDate dateOfBirth) {
        return dateOfBirth;
    }

    public static LocalDate validTo(LocalDate dateOfBirth) {
        LocalDate turns72Months = dateOfBirth.plusMonths(MONTHS);
        LocalDate schoolYearStart = LocalDate.of(turns72Months.getYear(), Month.SEPTEMBER, 30);
        return turns72Months.isBefore(schoolYearStart) ? schoolYearStart : turns72Months;
    }

    /** Only children under 6 on the day of the application are covered by this procedure. */
    public static boolean isUnderSix(LocalDate dateOfBirth, LocalDate on) {
        return on.isBefore(dateOfBirth.plusYears(6));
    }
}
