package vn.lienthong.orchestrator.domain.form;

import java.time.LocalDate;

/**
 * The newborn. {@code facilityName} is null for a birth outside a health facility; then there is
 * usually no medical birth certificate, and an officer must see the original written statement
 * of the birth.
 */
public record Child(
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
