package vn.lienthong.idnumber.domain;

import java.time.LocalDate;

/**
 * A person in the population database. A newborn has no ethnicity or permanent residence yet:
 * those come with the birth and residence registrations, so they may be null.
 */
public record Citizen(
        PersonalIdNumber personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        String permanentResidenceCommuneCode) {

    public static Citizen newborn(PersonalIdNumber number, BirthDeclaration birth) {
        return new Citizen(number, birth.fullName(), birth.sex(), birth.dateOfBirth(), null, birth.nationality(), null);
    }

    /** For logs: no name, no date of birth, the number masked. */
    @Override
    public String toString() {
        return "Citizen[" + personalIdNumber + "]";
    }
}
