package vn.lienthong.contracts.healthinsurance.replies;

import java.time.LocalDate;
import java.util.UUID;

import vn.lienthong.contracts.healthinsurance.FuneralBeneficiary;
import vn.lienthong.contracts.healthinsurance.SurvivorsBenefitsNotice;

/**
 * The funeral allowance is granted: {@code amountVnd} = {@code multiple} × {@code referenceLevelVnd},
 * the reference level (the base salary while one exists) in force in the month of death, in force
 * since {@code referenceLevelEffectiveFrom}. {@code qualification} says why the deceased qualifies
 * (PENSIONER, MONTHLY_WORK_ACCIDENT_ALLOWANCE, WORK_ACCIDENT_DEATH, COMPULSORY_12_MONTHS,
 * VOLUNTARY_60_MONTHS); {@code legalBasis} names the law and article. {@code lateClaim} is true when
 * the claim came more than 90 days after the death, with an explanation.
 */
public record FuneralAllowanceGranted(
        UUID commandId,
        UUID dossierId,
        long amountVnd,
        long referenceLevelVnd,
        LocalDate referenceLevelEffectiveFrom,
        int multiple,
        String qualification,
        String legalBasis,
        FuneralBeneficiary beneficiary,
        String paymentMethod,
        LocalDate decidedOn,
        boolean lateClaim,
        SurvivorsBenefitsNotice survivorsBenefits) implements FuneralAllowanceReply {
}
