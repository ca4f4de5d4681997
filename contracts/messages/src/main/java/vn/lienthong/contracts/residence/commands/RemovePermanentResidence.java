package vn.lienthong.contracts.residence.commands;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Remove the permanent residence registration of a person who died (xóa đăng ký thường trú,
 * Residence Law 2020, Art. 24(1)(a)), on the strength of the electronic death extract
 * {@code deathExtractNumber}. The person is found by {@code personalIdNumber} wherever they are
 * registered; the declared last residence travels along for the officer's comparison. Sent on
 * {@code residence.commands} like {@link RegisterPermanentResidence}.
 */
public record RemovePermanentResidence(
        UUID commandId,
        UUID dossierId,
        String personalIdNumber,
        LocalDate dateOfDeath,
        String deathExtractNumber,
        String lastResidenceCommuneCode,
        String lastResidenceAddressLine) {
}
