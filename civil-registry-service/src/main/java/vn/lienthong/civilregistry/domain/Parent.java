package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;

/** A parent as declared; {@code personalIdNumber} may be absent for a father. */
public record Parent(
        String fullName,
        LocalDate dateOfBirth,
        String personalIdNumber,
        String ethnicity,
        String nationality) {
}
