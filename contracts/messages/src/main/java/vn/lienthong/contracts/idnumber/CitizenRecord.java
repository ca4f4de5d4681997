package vn.lienthong.contracts.idnumber;

import java.time.LocalDate;

import vn.lienthong.contracts.common.Sex;

/** A citizen as the population database knows them, for cross-checking a dossier's parents. */
public record CitizenRecord(
        String personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        String permanentResidenceCommuneCode) {
}
