package vn.lienthong.contracts.healthinsurance.commands;

import java.time.LocalDate;
import java.util.UUID;

import vn.lienthong.contracts.healthinsurance.FuneralBeneficiary;
import vn.lienthong.contracts.healthinsurance.PaymentInstruction;

/**
 * Decide the funeral allowance (trợ cấp mai táng) for a person who died, pay it to
 * {@code beneficiary} as {@code payment} says, and say what survivors' benefits the relatives may
 * claim. Sent on {@code health-insurance.commands}: Vietnam Social Security answers both the
 * child's card and this. {@code causeCategory} is the death's (WORK_ACCIDENT and
 * OCCUPATIONAL_DISEASE qualify on their own, Art. 85(1)(b)); {@code declaredDeadByCourt} is true when
 * the proof is a court's declaration of death. {@code applicationDate} is the day the dossier was
 * submitted: a claim more than 90 days after the death needs {@code lateClaimExplanation}
 * (Art. 91(1), 92(1)), null otherwise.
 */
public record AssessFuneralAllowance(
        UUID commandId,
        UUID dossierId,
        String personalIdNumber,
        String fullName,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        String causeCategory,
        boolean declaredDeadByCourt,
        String deathExtractNumber,
        FuneralBeneficiary beneficiary,
        PaymentInstruction payment,
        boolean survivorsBenefitsRequested,
        String lateClaimExplanation,
        LocalDate applicationDate) {
}
