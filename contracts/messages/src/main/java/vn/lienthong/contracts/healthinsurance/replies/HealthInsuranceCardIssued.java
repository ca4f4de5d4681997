package vn.lienthong.contracts.healthinsurance.replies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The card: {@code cardNumber} as printed (TE + benefit level + province + social-insurance number),
 * beneficiary code TE, benefit level 1, valid from the date of birth to {@code validTo}.
 */
public record HealthInsuranceCardIssued(
        UUID commandId,
        UUID dossierId,
        String cardNumber,
        String socialInsuranceNumber,
        String beneficiaryCode,
        int benefitLevel,
        LocalDate validFrom,
        LocalDate validTo,
        String initialCareFacilityCode,
        String initialCareFacilityName) implements HealthInsuranceCardReply {
}
