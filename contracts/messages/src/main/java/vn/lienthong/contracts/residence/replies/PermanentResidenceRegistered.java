package vn.lienthong.contracts.residence.replies;

import java.time.LocalDate;
import java.util.UUID;

/** The child is a permanent resident in the parent's household. */
public record PermanentResidenceRegistered(
        UUID commandId,
        UUID dossierId,
        String registrationNumber,
        String householdNumber,
        String registeredAddress,
        String communeCode,
        LocalDate registeredOn) implements PermanentResidenceReply {
}
