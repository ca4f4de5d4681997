package vn.lienthong.idnumber.domain;

import java.time.LocalDate;

/**
 * A person in the population database. A newborn has no ethnicity or permanent residence yet:
 * those come with the birth and residence registrations, so they may be null. {@code dateOfDeath}
 * is null while the person lives; once set, the person is deceased and stays so, and their number
 * stays theirs: it is never given to anyone else.
 */
public record Citizen(
        PersonalIdNumber personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        String permanentResidenceCommuneCode,
        LocalDate dateOfDeath) {

    /** A living citizen. */
    public Citizen(PersonalIdNumber personalIdNumber, String fullName, Sex sex, LocalDate dateOfBirth,
                   String ethnicity, String nationality, String permanentResidenceCommuneCode) {
        this(personalIdNumber, fullName, sex, dateOfBirth, ethnicity, nationality, permanentResidenceCommuneCode, null);
    }

    public static Citizen newborn(PersonalIdNumber number, BirthDeclaration birth) {
        return new Citizen(number, birth.fullName(), birth.sex(), birth.dateOfBirth(), null, birth.nationality(), null);
    }

    public boolean deceased() {
        return dateOfDeath != null;
    }

    /** For logs: no name, no date of birth, the number masked. */
    @Override
    public String toString() {
        return "Citizen[" + personalIdNumber + "]";
    }
}
