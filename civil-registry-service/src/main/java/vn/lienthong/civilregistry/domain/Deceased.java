package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;

/**
 * The person who died, as declared. {@code dateOfBirth} comes from the dossier, which the
 * orchestrator checks against the population database; the register needs it (the entry records
 * the year of birth) and so does the check that a death does not come before a birth. The last
 * residence is null when it is not known.
 */
public record Deceased(
        String personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        String lastResidenceCommuneCode,
        String lastResidenceAddressLine) {

    public boolean lastResidenceKnown() {
        return lastResidenceCommuneCode != null && !lastResidenceCommuneCode.isBlank();
    }
}
