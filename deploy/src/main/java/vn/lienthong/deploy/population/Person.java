package vn.lienthong.deploy.population;

import java.time.LocalDate;

/** A citizen the population database knows: a parent or a grandparent of a family. */
public record Person(
        String personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String ethnicity,
        String nationality,
        String permanentResidenceCommuneCode) {
}
