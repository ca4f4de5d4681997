package vn.lienthong.healthinsurance.domain;

/**
 * The numbers of the funeral-allowance rules, kept as configuration because laws and decrees change
 * them: the multiple of the reference level (10, Art. 85(2), 109(2); Law 2014 Art. 66(2)), the
 * months of compulsory (12) and voluntary or combined (60) contributions that qualify, the months of
 * compulsory contributions that open the monthly survivors' benefit (180: 15 years, Art. 86(1)) and
 * the days within which a claim is on time (90, Art. 91(1)).
 */
public record FuneralAllowanceRules(
        int multiple,
        int minCompulsoryMonths,
        int minVoluntaryMonths,
        int monthlySurvivorsMinCompulsoryMonths,
        int claimWithinDays,
        ReferenceLevels referenceLevels) {

    public FuneralAllowanceRules {
        if (multiple < 1 || minCompulsoryMonths < 0 || minVoluntaryMonths < 0 || monthlySurvivorsMinCompulsoryMonths < 0
                || claimWithinDays < 0) {
            throw new IllegalArgumentException("the rules' numbers cannot be negative, nor the multiple zero");
        }
    }
}
