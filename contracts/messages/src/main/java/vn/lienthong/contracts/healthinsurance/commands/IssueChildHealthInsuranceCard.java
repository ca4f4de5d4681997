package vn.lienthong.contracts.healthinsurance.commands;

import java.time.LocalDate;
import java.util.UUID;

import vn.lienthong.contracts.common.Sex;

/**
 * Issue the free health-insurance card of a child under 6, keyed by the child's personal ID number.
 * {@code applicationDate} is the day the dossier was submitted: the age limit applies on that day.
 */
public record IssueChildHealthInsuranceCard(
        UUID commandId,
        UUID dossierId,
        String childPersonalIdNumber,
        String childFullName,
        Sex sex,
        LocalDate dateOfBirth,
        String initialCareFacilityCode,
        String residenceCommuneCode,
        LocalDate applicationDate) {
}
