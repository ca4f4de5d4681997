package vn.lienthong.contracts.common;

import java.time.LocalDate;

/**
 * The deceased as declared in a death dossier, keyed by the personal ID number. The last
 * residence ({@code lastResidenceCommuneCode}, {@code lastResidenceAddressLine}) decides which
 * commune registers the death (Civil Status Law 2014, Art. 32); both are null when it is not
 * known, and then the commune where the person died registers it.
 */
public record DeceasedData(
        String personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        String lastResidenceCommuneCode,
        String lastResidenceAddressLine) {
}
