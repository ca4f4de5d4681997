package vn.lienthong.contracts.common;

import java.time.LocalDate;

/**
 * The newborn as declared in the dossier. {@code facilityName} is null for a birth outside a
 * health facility.
 */
public record ChildData(
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String facilityName,
        String placeOfBirthCommuneCode,
        String ethnicity,
        String nationality,
        String medicalBirthCertificateNumber,
        boolean medicalBirthCertificateElectronic) {
}
