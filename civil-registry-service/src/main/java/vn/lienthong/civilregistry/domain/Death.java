package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * The death as declared (Decree 123/2015/NĐ-CP, Art. 4(2)): the Gregorian date, the time when the
 * death notice gives it (else null), the place, the cause category and the proof. The cause is left
 * blank in the register when it was not determined (Circular 04/2020/TT-BTP, Art. 34).
 */
public record Death(
        LocalDate dateOfDeath,
        LocalTime timeOfDeath,
        DeathPlace place,
        String causeCategory,
        DeathProof proof) {

    public static final String UNDETERMINED = "UNDETERMINED";

    /** The cause categories the portal offers. */
    public static final Set<String> CAUSE_CATEGORIES = Set.of("ILLNESS", "OLD_AGE", "ACCIDENT", "WORK_ACCIDENT",
            "OCCUPATIONAL_DISEASE", "OTHER", UNDETERMINED);
}
