package vn.lienthong.contracts.common;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The death as declared: the Gregorian date (never lunar), the hour and minute when the death
 * notice gives them (else null), where it happened, the cause category and the document that
 * proves it. {@code causeCategory} is one of ILLNESS, OLD_AGE, ACCIDENT, WORK_ACCIDENT,
 * OCCUPATIONAL_DISEASE, OTHER, UNDETERMINED.
 */
public record DeathData(
        LocalDate dateOfDeath,
        LocalTime timeOfDeath,
        DeathPlaceData place,
        String causeCategory,
        DeathProofData proof) {
}
