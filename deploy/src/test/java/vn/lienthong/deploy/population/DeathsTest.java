package vn.lienthong.deploy.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * The deaths of the synthetic population: old citizens of the seed, mostly with data that agree
 * across the agencies, some on purpose not, and none touching a family's birth.
 */
class DeathsTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private static final Population LARGE = SyntheticPopulation.generate(20261122, 2000, 2000, REFERENCE);

    @Test
    void thereIsOneDeathForEveryFourFamiliesAndTheFamiliesAreThoseOfAPopulationWithoutDeaths() {
        assertThat(SyntheticPopulation.generate(7, 40).deaths()).hasSize(10);
        assertThat(SyntheticPopulation.generate(7, 41).deaths()).hasSize(11);
        assertThat(SyntheticPopulation.generate(7, 40, 0, SyntheticPopulation.DEFAULT_REFERENCE_DATE).families())
                .isEqualTo(SyntheticPopulation.generate(7, 40).families());
        assertThat(SyntheticPopulation.generate(7, 40, 25, REFERENCE).deaths().subList(0, 10))
                .isEqualTo(SyntheticPopulation.generate(7, 40, REFERENCE).deaths());
        assertThatThrownBy(() -> SyntheticPopulation.generate(7, 1, DeathFactory.MAX_DEATHS + 1, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeceasedAndTheirFamiliesAreCitizensWithNumbersNoOneElseHas() {
        List<String> numbers = LARGE.citizens().stream().map(Person::personalIdNumber).toList();
        assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers)
                .doesNotContain("070060001122", "070162003344", "070097005566", "070199007788");
        for (Death death : LARGE.deaths()) {
            Person deceased = death.deceased();
            int year = deceased.dateOfBirth().getYear();
            assertThat(deceased.personalIdNumber().charAt(3) - '0').isEqualTo(deceased.sex() == Sex.FEMALE ? 1 : 0);
            assertThat(deceased.personalIdNumber().substring(4, 6)).isEqualTo(String.format("%02d", year % 100));
            assertThat(year).isBetween(1932, 1962);
            assertThat(death.child().dateOfBirth()).isAfter(deceased.dateOfBirth());
        }
        Set<Person> familyPeople = new HashSet<>(LARGE.families().stream().flatMap(Family::citizens).toList());
        assertThat(LARGE.deaths()).noneMatch(death -> death.citizens().anyMatch(familyPeople::contains));
    }

    @Test
    void theDeathIsInTheSixtyDaysBeforeTheReferenceDateAndTheDossierFiledAfterIt() {
        for (Death death : LARGE.deaths()) {
            long daysAgo = ChronoUnit.DAYS.between(death.dateOfDeath(), REFERENCE);
            assertThat(daysAgo).isBetween(2L, 60L);
            assertThat(death.submittedAt().toLocalDate()).isAfterOrEqualTo(death.dateOfDeath()).isBefore(REFERENCE);
        }
        assertThat(share(death -> death.lateOn(REFERENCE))).isBetween(0.07, 0.13);
    }

    @Test
    void mostHeadsLeaveAHouseholdThatNeedsANewHeadAndSomeDeceasedHadNoPermanentResidence() {
        assertThat(share(death -> death.expectedResidence() == Death.ResidenceOutcome.NOT_REGISTERED))
                .isBetween(0.07, 0.13);
        assertThat(share(death -> death.expectedResidence() == Death.ResidenceOutcome.REMOVED_HOUSEHOLD_NEEDS_NEW_HEAD))
                .isBetween(0.5, 0.7);
        assertThat(LARGE.deaths()).anyMatch(death -> death.expectedResidence() == Death.ResidenceOutcome.REMOVED)
                .anyMatch(death -> death.expectedResidence() == Death.ResidenceOutcome.REMOVED_NO_ONE_LEFT);
        for (Death death : LARGE.deaths()) {
            death.household().ifPresent(household -> {
                assertThat(household.includes(death.deceased())).isTrue();
                assertThat(household.commune()).isEqualTo(death.commune());
                assertThat(household.addressLine()).isEqualTo(death.addressLine());
                assertThat(household.householdNumber()).matches("HK-\\d{5}-0\\d{5}");
            });
        }
    }

    @Test
    void theAllowanceIsGrantedToMostAndRefusedForEveryReason() {
        assertThat(share(death -> death.expectedAllowance() == Death.AllowanceOutcome.GRANTED)).isBetween(0.5, 0.65);
        assertThat(LARGE.deaths()).extracting(Death::expectedAllowance)
                .contains(Death.AllowanceOutcome.values());
        assertThat(LARGE.deaths()).filteredOn(death -> death.expectedAllowance() == Death.AllowanceOutcome.PAID_BY_OTHER_SCHEME)
                .extracting(death -> death.insurance().orElseThrow().otherScheme())
                .contains("SOCIAL_PROTECTION", "MERITORIOUS_PERSON", "SOCIAL_PENSION");
        assertThat(LARGE.deaths()).filteredOn(death -> "SOCIAL_PENSION".equals(
                        death.insurance().map(InsuranceProfile::otherScheme).orElse(null)))
                .allSatisfy(death -> assertThat(death.deceased().dateOfBirth().until(death.dateOfDeath()).getYears())
                        .isGreaterThanOrEqualTo(75));
        assertThat(LARGE.deaths()).filteredOn(death -> death.insurance().map(InsuranceProfile::monthlyBenefit).isPresent())
                .allSatisfy(death -> assertThat(death.insurance().orElseThrow().monthlyBenefitSince())
                        .isBefore(death.dateOfDeath()));
        assertThat(LARGE.deaths()).anyMatch(death -> "WORK_ACCIDENT".equals(death.causeCategory()));
    }

    @Test
    void aFewDossiersGiveAnotherDateOfBirthThanThePopulationDatabase() {
        assertThat(share(Death::dateOfBirthDiffers)).isBetween(0.03, 0.08);
        assertThat(LARGE.deaths()).filteredOn(Death::dateOfBirthDiffers)
                .allSatisfy(death -> assertThat(death.declaredDateOfBirth()).isAfter(death.deceased().dateOfBirth()));
    }

    @Test
    void theDeathNoticeFitsThePlaceAndCodesAreUniqueAndClearOfTheFamilies() {
        for (Death death : LARGE.deaths()) {
            if (death.diedInFacility()) {
                assertThat(death.proofKind()).isEqualTo("HEALTH_FACILITY_DEATH_NOTICE");
            } else {
                assertThat(death.proofKind()).isIn("COMMUNE_DEATH_NOTICE", "POLICE_CONFIRMATION");
            }
            if ("ACCIDENT".equals(death.causeCategory())) {
                assertThat(death.proofKind()).isEqualTo("POLICE_CONFIRMATION");
            }
            if (death.diedInFacility()) {
                assertThat(death.facility().provinceCode()).isEqualTo(death.commune().provinceCode());
            }
        }
        List<String> codes = LARGE.deaths().stream().map(Death::portalDossierCode).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("G22\\.\\d{2}-\\d{6}-0\\d{5}"));
        assertThat(LARGE.families()).noneMatch(family -> codes.contains(family.submission().portalDossierCode()));
        assertThat(share(Death::diedInFacility)).isBetween(0.5, 0.65);
    }

    private static double share(Predicate<Death> property) {
        return LARGE.deaths().stream().filter(property).count() / (double) LARGE.deaths().size();
    }
}
