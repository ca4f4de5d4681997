package vn.lienthong.contracts.residence.replies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person no longer belongs to household {@code householdNumber}. {@code deceasedWasHead} is
 * true when they headed it; {@code householdNeedsNewHead} is then true when members remain, who
 * must choose a new head and file the change (Residence Law 2020, Art. 26). A household with no
 * member left needs no head. {@code remainingMembers} counts the members after the removal.
 */
public record PermanentResidenceRemoved(
        UUID commandId,
        UUID dossierId,
        String householdNumber,
        String communeCode,
        String registeredAddress,
        boolean deceasedWasHead,
        boolean householdNeedsNewHead,
        int remainingMembers,
        LocalDate removedOn) implements PermanentResidenceRemovalReply {
}
