package vn.lienthong.contracts.residence.replies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person had no permanent residence registration, so there is nothing to remove: the step is
 * done, not refused (people with only a temporary residence, or none, die too). The messages say
 * so for the applicant, in Vietnamese and English.
 */
public record NoPermanentResidenceRegistered(
        UUID commandId,
        UUID dossierId,
        LocalDate checkedOn,
        String messageVi,
        String messageEn) implements PermanentResidenceRemovalReply {
}
