package vn.lienthong.deploy.population;

import java.time.LocalDate;

/**
 * What social insurance knows of a person, as {@code social-insurance.csv} carries it: months of
 * compulsory and voluntary contributions, a monthly benefit ({@code PENSION} or
 * {@code WORK_ACCIDENT_ALLOWANCE}) and since when, and another scheme the person is on
 * ({@code SOCIAL_PROTECTION}, {@code MERITORIOUS_PERSON}, {@code SOCIAL_PENSION}). Null where none.
 */
public record InsuranceProfile(
        int compulsoryMonths,
        int voluntaryMonths,
        String monthlyBenefit,
        LocalDate monthlyBenefitSince,
        String otherScheme) {

    static InsuranceProfile pensioner(LocalDate since, int compulsoryMonths) {
        return new InsuranceProfile(compulsoryMonths, 0, "PENSION", since, null);
    }

    static InsuranceProfile contributions(int compulsoryMonths, int voluntaryMonths) {
        return new InsuranceProfile(compulsoryMonths, voluntaryMonths, null, null, null);
    }

    static InsuranceProfile onlyOn(String otherScheme) {
        return new InsuranceProfile(0, 0, null, null, otherScheme);
    }
}
