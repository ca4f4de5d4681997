package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;

/**
 * The child as declared. {@code facilityName} is null or blank for a birth outside a health
 * facility; {@code medicalBirthCertificateNumber} is the hospital's giấy chứng sinh.
 */
public record Newborn(
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String facilityName,
        String placeOfBirthCommuneCode,
        String ethnicity,
        String nationality,
        String medicalBirthCertificateNumber,
        boolean medicalBirthCertificateElectronic) {

    public boolean bornInHealthFacility() {
        return facilityName != null && !facilityName.isBlank();
    }
}
