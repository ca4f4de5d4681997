package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a funeral-allowance claim under the law in force on the date of death. A person qualifies
 * when receiving (or suspended from) a pension or a monthly work-accident allowance, when the death
 * was work-related, with 12 months of compulsory contributions, or with 60 months of voluntary
 * contributions (or of both kinds together); the amount is the multiple of the reference level of the
 * month of death. Someone who does not qualify is refused with the reason, naming the other scheme
 * that pays when there is one. A claim later than 90 days is decided all the same once the delay is
 * explained (Art. 92(1)); without the explanation it asks for one.
 */
public final class FuneralAllowancePolicy {

    private final FuneralAllowanceRules rules;

    public FuneralAllowancePolicy(FuneralAllowanceRules rules) {
        this.rules = rules;
    }

    public FuneralAllowanceDecision decide(FuneralClaim claim, Optional<InsuranceRecord> record, LocalDate today) {
        Optional<SocialInsuranceLaw> law = SocialInsuranceLaw.forDeathOn(claim.dateOfDeath());
        if (law.isEmpty()) {
            return rejected(Refusal.lawNotSupported());
        }
        List<Refusal> problems = new ArrayList<>();
        if (claim.dateOfDeath().isAfter(claim.applicationDate())) {
            problems.add(Refusal.deathAfterApplication());
        }
        boolean late = claim.applicationDate().isAfter(claim.dateOfDeath().plusDays(rules.claimWithinDays()));
        if (late && !claim.explainsLateness()) {
            problems.add(Refusal.lateClaimExplanationRequired(rules.claimWithinDays()));
        }
        if (claim.declaredDeadByCourt() && !claim.beneficiary().isRelative()) {
            problems.add(Refusal.beneficiaryMustBeRelative());
        }
        if (!problems.isEmpty()) {
            return new FuneralAllowanceDecision.Rejected(problems);
        }
        SurvivorsOutlook survivors = SurvivorsOutlook.of(record, claim, law.get(),
                rules.monthlySurvivorsMinCompulsoryMonths());
        Optional<Qualification> qualification = record.flatMap(r -> qualification(r, claim));
        if (qualification.isEmpty()) {
            return refused(record, law.get(), today, survivors);
        }
        Optional<ReferenceLevel> level = rules.referenceLevels().inMonthOf(claim.dateOfDeath());
        if (level.isEmpty()) {
            return rejected(Refusal.referenceLevelUnknown());
        }
        return new FuneralAllowanceDecision.Granted(new FuneralAllowance(claim,
                rules.multiple() * level.get().amountVnd(), level.get(), rules.multiple(), qualification.get(),
                law.get().funeralBasis(qualification.get()), today, late, survivors), true);
    }

    /** The first rule the record meets, in the law's order. */
    private Optional<Qualification> qualification(InsuranceRecord record, FuneralClaim claim) {
        Optional<MonthlyBenefit> benefit = record.monthlyBenefitOn(claim.dateOfDeath());
        if (benefit.isPresent()) {
            return Optional.of(benefit.get() == MonthlyBenefit.PENSION
                    ? Qualification.PENSIONER : Qualification.MONTHLY_WORK_ACCIDENT_ALLOWANCE);
        }
        if (claim.workRelatedDeath() && record.compulsoryMonths() > 0) {
            return Optional.of(Qualification.WORK_ACCIDENT_DEATH);
        }
        if (record.compulsoryMonths() >= rules.minCompulsoryMonths()) {
            return Optional.of(Qualification.COMPULSORY_12_MONTHS);
        }
        // Art. 109(1)(a), and for a mixed record with under 12 compulsory months Decision 863/QĐ-BNV.
        if (record.compulsoryMonths() + record.voluntaryMonths() >= rules.minVoluntaryMonths()) {
            return Optional.of(Qualification.VOLUNTARY_60_MONTHS);
        }
        return Optional.empty();
    }

    private FuneralAllowanceDecision refused(Optional<InsuranceRecord> record, SocialInsuranceLaw law, LocalDate today,
                                             SurvivorsOutlook survivors) {
        Optional<OtherScheme> other = record.map(InsuranceRecord::otherScheme);
        if (other.isPresent()) {
            return new FuneralAllowanceDecision.Refused(FuneralAllowanceDecision.Refused.PAID_BY_OTHER_SCHEME,
                    other.get(), other.get().messageVi(), other.get().messageEn(), other.get().legalBasis(), today,
                    survivors);
        }
        if (record.isEmpty() || !record.get().contributed()) {
            return new FuneralAllowanceDecision.Refused(FuneralAllowanceDecision.Refused.NOT_INSURED, null,
                    "Người chết không tham gia bảo hiểm xã hội và không hưởng lương hưu hay trợ cấp hằng tháng: "
                            + "không có trợ cấp mai táng từ bảo hiểm xã hội.",
                    "The deceased was not insured and received no pension or monthly allowance: social insurance "
                            + "pays no funeral allowance.", law.refusalBasis(), today, survivors);
        }
        InsuranceRecord insured = record.get();
        return new FuneralAllowanceDecision.Refused(FuneralAllowanceDecision.Refused.INSUFFICIENT_CONTRIBUTIONS, null,
                "Người chết có " + insured.compulsoryMonths() + " tháng đóng bảo hiểm xã hội bắt buộc và "
                        + insured.voluntaryMonths() + " tháng tự nguyện: chưa đủ " + rules.minCompulsoryMonths()
                        + " tháng bắt buộc hoặc " + rules.minVoluntaryMonths() + " tháng tổng cộng để hưởng trợ cấp mai táng.",
                "The deceased had " + insured.compulsoryMonths() + " months of compulsory and "
                        + insured.voluntaryMonths() + " months of voluntary contributions: fewer than the "
                        + rules.minCompulsoryMonths() + " compulsory or " + rules.minVoluntaryMonths()
                        + " months in all that the funeral allowance needs.",
                law.refusalBasis(), today, survivors);
    }

    private static FuneralAllowanceDecision rejected(Refusal reason) {
        return new FuneralAllowanceDecision.Rejected(List.of(reason));
    }
}
