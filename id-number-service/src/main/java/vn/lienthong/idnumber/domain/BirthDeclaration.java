package vn.lienthong.idnumber.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The birth data a number is asked for. A repeated request must carry the same declaration to
 * get the same number. {@code father} is null when the father is unknown.
 */
public record BirthDeclaration(
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String registrationCommuneCode,
        PersonalIdNumber mother,
        PersonalIdNumber father,
        String nationality) {

    public BirthDeclaration {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(registrationCommuneCode, "registrationCommuneCode");
        Objects.requireNonNull(mother, "mother");
        Objects.requireNonNull(nationality, "nationality");
    }

    /** For logs: no name and no date of birth. */
    @Override
    public String toString() {
        return "BirthDeclaration[commune=" + registrationCommuneCode + "]";
    }
}
