package vn.lienthong.healthinsurance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.healthinsurance.domain.FuneralClaims.RULES;
import static vn.lienthong.healthinsurance.domain.FuneralClaims.aClaim;
import static vn.lienthong.healthinsurance.domain.FuneralClaims.insured;
import static vn.lienthong.healthinsurance.domain.FuneralClaims.onlyOn;
import static vn.lienthong.healthinsurance.domain.FuneralClaims.pensioner;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Given a death, the deceased's social-insurance record and today 22 November 2026, expect the
 * decision. The examples are those of the research notes (docs/agencies.md).
 */
class FuneralAllowancePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final FuneralAllowancePolicy policy = new FuneralAllowancePolicy(RULES);

    @Test
    void thePensionerOfTheExampleGetsTenTimesTheLevelOfNovember2026UnderThe2024Law() {
        FuneralAllowance allowance = granted(aClaim(), pensioner());

        assertThat(allowance.amountVnd()).isEqualTo(25_300_000);
        assertThat(allowance.referenceLevel().amountVnd()).isEqualTo(2_530_000);
        assertThat(allowance.referenceLevel().effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(allowance.multiple()).isEqualTo(10);
        assertThat(allowance.qualification()).isEqualTo(Qualification.PENSIONER);
        assertThat(allowance.legalBasis()).isEqualTo("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 85");
        assertThat(allowance.decidedOn()).isEqualTo(TODAY);
        assertThat(allowance.lateClaim()).isFalse();
    }

    @Test
    void aPensionerWhoDiedInMarch2025IsJudgedByThe2014LawAtTheLevelOfThen() {
        FuneralAllowance allowance = granted(aClaim().diedOn(LocalDate.of(2025, 3, 15)), pensioner());

        assertThat(allowance.amountVnd()).isEqualTo(23_400_000);
        assertThat(allowance.legalBasis()).isEqualTo("Luật Bảo hiểm xã hội 58/2014/QH13, Điều 66");
    }

    @Test
    void fourteenCompulsoryMonthsQualifyAndTheAmountFollowsTheMonthOfDeath() {
        assertThat(granted(aClaim().diedOn(LocalDate.of(2025, 8, 20)), insured(14, 0)).amountVnd())
                .isEqualTo(23_400_000);
        assertThat(granted(aClaim().diedOn(LocalDate.of(2026, 7, 2)), insured(14, 0)).amountVnd())
                .isEqualTo(25_300_000);
        assertThat(granted(aClaim().diedOn(LocalDate.of(2026, 6, 30)), insured(12, 0)).qualification())
                .isEqualTo(Qualification.COMPULSORY_12_MONTHS);
    }

    @Test
    void elevenCompulsoryMonthsDoNotQualifyAndTheRefusalSaysWhy() {
        var refused = refused(aClaim(), insured(11, 0));

        assertThat(refused.code()).isEqualTo("INSUFFICIENT_CONTRIBUTIONS");
        assertThat(refused.otherScheme()).isNull();
        assertThat(refused.messageVi()).contains("11 tháng", "12 tháng");
        assertThat(refused.messageEn()).contains("11 months of compulsory");
        assertThat(refused.legalBasis()).isEqualTo("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 85, Điều 109");
        assertThat(refused.survivors().oneTimeMayBeClaimed()).isTrue();
        assertThat(refused.survivors().monthlyMayBeClaimed()).isFalse();
    }

    @Test
    void sixtyVoluntaryMonthsQualifyAndFortyEightDoNotButLeaveAOneTimeBenefit() {
        assertThat(granted(aClaim(), insured(0, 60)).qualification()).isEqualTo(Qualification.VOLUNTARY_60_MONTHS);
        assertThat(granted(aClaim(), insured(0, 60)).legalBasis())
                .isEqualTo("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 109");

        var refused = refused(aClaim(), insured(0, 48));
        assertThat(refused.code()).isEqualTo("INSUFFICIENT_CONTRIBUTIONS");
        assertThat(refused.survivors().oneTimeMayBeClaimed()).isTrue();
        assertThat(refused.survivors().legalBasis()).endsWith("Điều 110");
    }

    @Test
    void aMixedRecordQualifiesWithSixtyMonthsInAllWhenUnderTwelveAreCompulsory() {
        assertThat(granted(aClaim(), insured(8, 52)).qualification()).isEqualTo(Qualification.VOLUNTARY_60_MONTHS);
        assertThat(refused(aClaim(), insured(8, 51)).code()).isEqualTo("INSUFFICIENT_CONTRIBUTIONS");
    }

    @Test
    void aWorkAccidentDeathQualifiesWithAnyCompulsoryCoverAndOpensTheMonthlySurvivorsBenefit() {
        FuneralAllowance allowance = granted(aClaim().causedBy("WORK_ACCIDENT"), insured(3, 0));

        assertThat(allowance.qualification()).isEqualTo(Qualification.WORK_ACCIDENT_DEATH);
        assertThat(allowance.survivors().monthlyMayBeClaimed()).isTrue();
        assertThat(granted(aClaim().causedBy("OCCUPATIONAL_DISEASE"), insured(1, 0)).qualification())
                .isEqualTo(Qualification.WORK_ACCIDENT_DEATH);
        assertThat(refused(aClaim().causedBy("WORK_ACCIDENT"), insured(0, 10)).code())
                .isEqualTo("INSUFFICIENT_CONTRIBUTIONS");
    }

    @Test
    void aRetiredWorkerOnTheMonthlyWorkAccidentAllowanceQualifies() {
        var record = new InsuranceRecord(FuneralClaims.BROI, 5, 0, MonthlyBenefit.WORK_ACCIDENT_ALLOWANCE,
                LocalDate.of(2022, 3, 1), null);

        assertThat(granted(aClaim(), record).qualification()).isEqualTo(Qualification.MONTHLY_WORK_ACCIDENT_ALLOWANCE);
    }

    @Test
    void aPensionThatStartsAfterTheDeathIsNotOne() {
        var record = new InsuranceRecord(FuneralClaims.BROI, 0, 40, MonthlyBenefit.PENSION, LocalDate.of(2026, 12, 1), null);

        assertThat(refused(aClaim(), record).code()).isEqualTo("INSUFFICIENT_CONTRIBUTIONS");
    }

    @Test
    void someoneNeverInsuredIsRefusedAsNotInsuredWithNoSurvivorsBenefit() {
        var refused = refused(aClaim(), null);

        assertThat(refused.code()).isEqualTo("NOT_INSURED");
        assertThat(refused.messageVi()).startsWith("Người chết không tham gia bảo hiểm xã hội");
        assertThat(refused.survivors().monthlyMayBeClaimed()).isFalse();
        assertThat(refused.survivors().oneTimeMayBeClaimed()).isFalse();
        assertThat(refused.survivors().neededDocuments()).isEmpty();
    }

    @Test
    void someoneOnAnotherSchemeIsRefusedNamingTheSchemeAndItsBody() {
        var socialAllowance = refused(aClaim(), onlyOn(OtherScheme.SOCIAL_PROTECTION));
        var meritorious = refused(aClaim(), onlyOn(OtherScheme.MERITORIOUS_PERSON));
        var socialPension = refused(aClaim(), onlyOn(OtherScheme.SOCIAL_PENSION));

        assertThat(socialAllowance.code()).isEqualTo("PAID_BY_OTHER_SCHEME");
        assertThat(socialAllowance.otherScheme()).isEqualTo(OtherScheme.SOCIAL_PROTECTION);
        assertThat(socialAllowance.legalBasis()).isEqualTo("Nghị định 20/2021/NĐ-CP, Điều 11");
        assertThat(socialAllowance.messageVi()).contains("trợ cấp xã hội hằng tháng");
        assertThat(meritorious.otherScheme()).isEqualTo(OtherScheme.MERITORIOUS_PERSON);
        assertThat(meritorious.messageEn()).contains("meritorious services");
        assertThat(socialPension.otherScheme()).isEqualTo(OtherScheme.SOCIAL_PENSION);
        assertThat(socialPension.legalBasis()).contains("Điều 22(3)");
    }

    /** Ordinance 02/2020, Art. 6(4): a person with meritorious services who qualifies under insurance is paid by it. */
    @Test
    void aMeritoriousPersonWhoIsAlsoAPensionerIsPaidBySocialInsurance() {
        var record = new InsuranceRecord(FuneralClaims.BROI, 300, 0, MonthlyBenefit.PENSION, LocalDate.of(2015, 1, 1),
                OtherScheme.MERITORIOUS_PERSON);

        assertThat(granted(aClaim(), record).qualification()).isEqualTo(Qualification.PENSIONER);
    }

    @Test
    void aClaimAfterNinetyDaysNeedsAnExplanationAndIsThenGrantedFlaggedLate() {
        var ninetyDays = aClaim().diedOn(LocalDate.of(2026, 8, 24)).filedOn(LocalDate.of(2026, 11, 22));
        var ninetyOneDays = aClaim().diedOn(LocalDate.of(2026, 8, 23)).filedOn(LocalDate.of(2026, 11, 22));

        assertThat(granted(ninetyDays, pensioner()).lateClaim()).isFalse();
        assertThat(rejected(ninetyOneDays, pensioner())).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("LATE_CLAIM_EXPLANATION_REQUIRED", "socialInsurance.lateClaimExplanation"));
        FuneralAllowance explained = granted(ninetyOneDays.withLateExplanation("Gia đình ở xa, không biết thủ tục."),
                pensioner());
        assertThat(explained.lateClaim()).isTrue();
        assertThat(explained.amountVnd()).isEqualTo(25_300_000);
    }

    @Test
    void aPersonDeclaredDeadByACourtIsPaidToARelativeOnly() {
        assertThat(rejected(aClaim().declaredDeadByCourt().paidTo("ORGANIZATION"), pensioner()))
                .extracting(Refusal::code).containsExactly("BENEFICIARY_MUST_BE_RELATIVE");
        assertThat(granted(aClaim().declaredDeadByCourt().paidTo("SPOUSE"), pensioner()).amountVnd())
                .isEqualTo(25_300_000);
        assertThat(granted(aClaim().paidTo("ORGANIZATION"), pensioner()).claim().beneficiary().fullName())
                .isEqualTo("Công ty TNHH Cao su Bù Gia Mập");
    }

    @Test
    void aDeathBefore2016IsForAPersonToDecide() {
        assertThat(rejected(aClaim().diedOn(LocalDate.of(2015, 12, 31)), pensioner()))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("LAW_NOT_SUPPORTED", "death.dateOfDeath"));
        assertThat(granted(aClaim().diedOn(LocalDate.of(2016, 1, 1)), pensioner()).amountVnd())
                .isEqualTo(11_500_000);
    }

    @Test
    void withoutAReferenceLevelForTheMonthAPersonDecides() {
        var policyWithoutOldLevels = new FuneralAllowancePolicy(new FuneralAllowanceRules(10, 12, 60, 180, 90,
                new ReferenceLevels(FuneralClaims.LEVELS.levels().subList(4, 8))));

        var decision = policyWithoutOldLevels.decide(aClaim().diedOn(LocalDate.of(2018, 3, 1))
                .withLateExplanation("Hồ sơ bị thất lạc.").claim(), Optional.of(pensioner()), TODAY);

        assertThat(decision).isInstanceOfSatisfying(FuneralAllowanceDecision.Rejected.class, rejected ->
                assertThat(rejected.reasons()).extracting(Refusal::code).containsExactly("REFERENCE_LEVEL_UNKNOWN"));
    }

    @Test
    void survivorsMayClaimMonthlyAfterFifteenYearsOfCompulsoryContributionsAndOneTimeBelow() {
        assertThat(granted(aClaim(), insured(180, 0)).survivors().monthlyMayBeClaimed()).isTrue();
        SurvivorsOutlook belowFifteenYears = granted(aClaim(), insured(179, 0)).survivors();
        assertThat(belowFifteenYears.monthlyMayBeClaimed()).isFalse();
        assertThat(belowFifteenYears.oneTimeMayBeClaimed()).isTrue();
        assertThat(belowFifteenYears.neededDocuments()).containsExactly("RELATIVES_DECLARATION",
                "REPRESENTATIVE_CONFIRMATION");
        SurvivorsOutlook pension = granted(aClaim(), pensioner()).survivors();
        assertThat(pension.monthlyMayBeClaimed()).isTrue();
        assertThat(pension.neededDocuments()).contains("WORK_CAPACITY_ASSESSMENT");
        assertThat(pension.legalBasis()).isEqualTo("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 86, 88, 89");
        assertThat(granted(aClaim().withoutSurvivorsBenefits(), pensioner()).survivors().messageVi())
                .contains("chưa đề nghị giải quyết tử tuất");
    }

    private FuneralAllowance granted(FuneralClaims claim, InsuranceRecord record) {
        var decision = policy.decide(claim.claim(), Optional.ofNullable(record), TODAY);
        assertThat(decision).isInstanceOf(FuneralAllowanceDecision.Granted.class);
        return ((FuneralAllowanceDecision.Granted) decision).allowance();
    }

    private FuneralAllowanceDecision.Refused refused(FuneralClaims claim, InsuranceRecord record) {
        var decision = policy.decide(claim.claim(), Optional.ofNullable(record), TODAY);
        assertThat(decision).isInstanceOf(FuneralAllowanceDecision.Refused.class);
        return (FuneralAllowanceDecision.Refused) decision;
    }

    private java.util.List<Refusal> rejected(FuneralClaims claim, InsuranceRecord record) {
        var decision = policy.decide(claim.claim(), Optional.ofNullable(record), TODAY);
        assertThat(decision).isInstanceOf(FuneralAllowanceDecision.Rejected.class);
        return ((FuneralAllowanceDecision.Rejected) decision).reasons();
    }
}
