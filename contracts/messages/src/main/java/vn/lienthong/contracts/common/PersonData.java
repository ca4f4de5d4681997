package vn.lienthong.contracts.common;

import java.time.LocalDate;

/** A parent as declared in the dossier. {@code personalIdNumber} is the 12-digit personal ID number. */
public record PersonData(
        String fullName,
        LocalDate dateOfBirth,
        String personalIdNumber,
        String ethnicity,
        String nationality) {
}
