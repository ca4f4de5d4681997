package vn.lienthong.orchestrator.domain.form;

import java.time.LocalDate;

public record Parent(
        String fullName,
        LocalDate dateOfBirth,
        String personalIdNumber,
        String ethnicity,
        String nationality) {
}
