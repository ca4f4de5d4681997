package vn.lienthong.healthinsurance.config;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.lienthong.healthinsurance.domain.FuneralAllowanceRules;
import vn.lienthong.healthinsurance.domain.ReferenceLevel;
import vn.lienthong.healthinsurance.domain.ReferenceLevels;

/**
 * The funeral-allowance rules under {@code lienthong.social-insurance} (docs/agencies.md gives the
 * sources): kept out of the code because laws and decrees change them, and the series of reference
 * levels (the base salary while there is one) grows with every decree.
 *
 * @param funeralAllowanceMultiple            the allowance in reference levels (10)
 * @param minCompulsoryMonths                 compulsory months that qualify (12)
 * @param minVoluntaryMonths                  voluntary, or combined, months that qualify (60)
 * @param monthlySurvivorsMinCompulsoryMonths compulsory months opening the monthly survivors' benefit (180)
 * @param claimWithinDays                     days after the death a claim is on time (90)
 * @param referenceLevels                     each level with the day it is in force from and its decree
 */
@ConfigurationProperties("lienthong.social-insurance")
public record SocialInsuranceProperties(
        @DefaultValue("10") int funeralAllowanceMultiple,
        @DefaultValue("12") int minCompulsoryMonths,
        @DefaultValue("60") int minVoluntaryMonths,
        @DefaultValue("180") int monthlySurvivorsMinCompulsoryMonths,
        @DefaultValue("90") int claimWithinDays,
        List<Level> referenceLevels) {

    public SocialInsuranceProperties {
        referenceLevels = referenceLevels == null ? List.of() : List.copyOf(referenceLevels);
    }

    public record Level(LocalDate effectiveFrom, long amountVnd, String basis) {
    }

    public FuneralAllowanceRules rules() {
        return new FuneralAllowanceRules(funeralAllowanceMultiple, minCompulsoryMonths, minVoluntaryMonths,
                monthlySurvivorsMinCompulsoryMonths, claimWithinDays, new ReferenceLevels(referenceLevels.stream()
                        .map(level -> new ReferenceLevel(level.effectiveFrom(), level.amountVnd(), level.basis()))
                        .toList()));
    }
}
