package vn.lienthong.contracts.residence.commands;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Register the child's permanent residence at the registered address of the parent identified by
 * {@code parentPersonalIdNumber}. {@code householdHeadConsent} is true when the dossier carries the
 * consent of the household head, needed when that parent does not head the household.
 */
public record RegisterPermanentResidence(
        UUID commandId,
        UUID dossierId,
        String childPersonalIdNumber,
        String childFullName,
        LocalDate childDateOfBirth,
        String birthCertificateNumber,
        String parentPersonalIdNumber,
        String communeCode,
        String addressLine,
        boolean householdHeadConsent) {
}
