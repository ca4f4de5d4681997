package vn.lienthong.contracts.idnumber;

import java.time.LocalDate;

import vn.lienthong.contracts.common.Sex;

/**
 * A citizen as the population database knows them, for cross-checking a dossier's people.
 * {@code deceased} is true, with {@code dateOfDeath}, once a death is recorded: a dossier naming
 * the person as a living parent or declarant goes to an officer. The number stays the person's,
 * and is never given to anyone else. {@code deceased} is a {@link Boolean} so that a body without
 * it (an answer from before deaths were recorded) still reads, as a living citizen: it is never
 * null once read.
 */
public record CitizenRecord(
        String personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        String permanentResidenceCommuneCode,
        Boolean deceased,
        LocalDate dateOfDeath) {

    public CitizenRecord {
        deceased = dateOfDeath != null || Boolean.TRUE.equals(deceased);
    }

    /** A living citizen, as the record read before deaths were recorded. */
    public CitizenRecord(String personalIdNumber, String fullName, Sex sex, LocalDate dateOfBirth, String ethnicity,
                         String nationality, String permanentResidenceCommuneCode) {
        this(personalIdNumber, fullName, sex, dateOfBirth, ethnicity, nationality, permanentResidenceCommuneCode,
                false, null);
    }
}
