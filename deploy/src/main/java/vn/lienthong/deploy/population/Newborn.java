package vn.lienthong.deploy.population;

import java.time.LocalDate;

/**
 * The child to declare. {@code birthFacility} is null for a birth outside a health facility; the
 * place of birth is then the household's commune.
 */
public record Newborn(
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        CareFacility birthFacility,
        String placeOfBirthCommuneCode,
        String medicalBirthCertificateNumber,
        boolean medicalBirthCertificateElectronic) {

    public boolean bornInFacility() {
        return birthFacility != null;
    }
}
