package vn.lienthong.deploy.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPopulationTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private static final Population LARGE = SyntheticPopulation.generate(20261122, 2000, REFERENCE);

    @Test
    void theSameSeedGivesTheSameFilesAndDossiersAndAnotherSeedDoesNot(@TempDir Path first, @TempDir Path second,
                                                                       @TempDir Path other) throws IOException {
        SeedFiles.write(SyntheticPopulation.generate(42, 300), first);
        SeedFiles.write(SyntheticPopulation.generate(42, 300), second);
        SeedFiles.write(SyntheticPopulation.generate(43, 300), other);

        for (String file : List.of(SeedFiles.COMMUNES, SeedFiles.CITIZENS, SeedFiles.HOUSEHOLDS, SeedFiles.CARE_FACILITIES)) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(dossiers(SyntheticPopulation.generate(42, 300))).isEqualTo(dossiers(SyntheticPopulation.generate(42, 300)));
        assertThat(Files.readString(other.resolve(SeedFiles.CITIZENS))).isNotEqualTo(Files.readString(first.resolve(SeedFiles.CITIZENS)));
        assertThat(dossiers(SyntheticPopulation.generate(43, 300))).isNotEqualTo(dossiers(SyntheticPopulation.generate(42, 300)));
    }

    @Test
    void aLargerPopulationBeginsWithTheFamiliesOfASmallerOne() {
        assertThat(SyntheticPopulation.generate(7, 40).families().subList(0, 10))
                .isEqualTo(SyntheticPopulation.generate(7, 10).families());
    }

    @Test
    void thePopulationIsAsLargeAsSixDigitSerialsAllow() {
        assertThat(SyntheticPopulation.MAX_FAMILIES).isEqualTo(899_999);
        assertThatThrownBy(() -> SyntheticPopulation.generate(1, SyntheticPopulation.MAX_FAMILIES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SyntheticPopulation.generate(1, 0).families()).isEmpty();
    }

    @Test
    void everyFamilyHasItsOwnMotherAndNoNumberIsGivenTwice() {
        assertThat(LARGE.families()).hasSize(2000);
        assertThat(LARGE.families().stream().map(f -> f.mother().personalIdNumber()).distinct()).hasSize(2000);
        List<String> numbers = LARGE.citizens().stream().map(Person::personalIdNumber).toList();
        assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers).doesNotContain("070198001234", "070095004567");
    }

    @Test
    void everyNumberFollowsTheFormatAndAgreesWithSexAndYearOfBirth() {
        for (Person person : LARGE.citizens()) {
            String number = person.personalIdNumber();
            int year = person.dateOfBirth().getYear();
            int centuryAndSex = (year >= 2000 ? 2 : 0) + (person.sex() == Sex.FEMALE ? 1 : 0);
            assertThat(number).matches("0\\d{11}");
            assertThat(number.charAt(3) - '0').as(number).isEqualTo(centuryAndSex);
            assertThat(number.substring(4, 6)).isEqualTo(String.format("%02d", year % 100));
            assertThat(Integer.parseInt(number.substring(6))).isGreaterThanOrEqualTo(100_000);
        }
        assertThat(LARGE.citizens()).anyMatch(p -> p.dateOfBirth().getYear() >= 2000)
                .anyMatch(p -> p.dateOfBirth().getYear() < 2000);
    }

    @Test
    void aboutFifteenPercentOfFathersAreUnknown() {
        assertThat(share(f -> f.father().isEmpty())).isBetween(0.12, 0.18);
    }

    @Test
    void householdsAreHeadedByTheMotherTheFatherOrAGrandparentWhoIsACitizen() {
        assertThat(share(f -> f.household().head().equals(f.mother()))).isBetween(0.56, 0.64);
        assertThat(share(f -> f.father().filter(f.household().head()::equals).isPresent())).isBetween(0.18, 0.25);
        Set<Person> citizens = Set.copyOf(LARGE.citizens());
        for (Family family : LARGE.families()) {
            Person head = family.household().head();
            assertThat(citizens).contains(head);
            if (!head.equals(family.mother()) && !family.father().map(head::equals).orElse(false)) {
                assertThat(family.grandparent()).contains(head);
                assertThat(head.dateOfBirth().getYear()).isLessThan(family.residenceParent().dateOfBirth().getYear());
            }
            assertThat(family.household().members().stream().filter(m -> m.relationshipToHead() == Relationship.HEAD))
                    .hasSize(1);
        }
    }

    @Test
    void parentsAreBornFrom1975To2006AndChildrenInTheFiftyDaysBeforeTheReferenceDate() {
        for (Family family : LARGE.families()) {
            family.father().ifPresent(father -> assertThat(father.dateOfBirth().getYear()).isBetween(1975, 2006));
            assertThat(family.mother().dateOfBirth().getYear()).isBetween(1975, 2006);
            assertThat(ChronoUnit.DAYS.between(family.child().dateOfBirth(), REFERENCE)).isBetween(1L, 50L);
            assertThat(family.submission().submittedAt().toLocalDate())
                    .isBefore(REFERENCE).isAfterOrEqualTo(family.child().dateOfBirth());
        }
    }

    @Test
    void mostChildrenAreBornInAFacilityEachWithItsOwnBirthCertificate() {
        assertThat(share(f -> f.child().bornInFacility())).isBetween(0.90, 0.96);
        assertThat(LARGE.families().stream().map(f -> f.child().medicalBirthCertificateNumber()).distinct()).hasSize(2000);
        assertThat(LARGE.families()).allSatisfy(f -> assertThat(f.child().medicalBirthCertificateNumber())
                .matches("GCS-\\d{2}-\\d{4}-\\d{6}"));
    }

    @Test
    void householdNumbersAndDossierCodesAreUniqueAndClearOfTheExamples() {
        List<String> households = LARGE.families().stream().map(f -> f.household().householdNumber()).toList();
        assertThat(households).doesNotHaveDuplicates().doesNotContain("HK-25450-000001")
                .allMatch(number -> number.matches("HK-\\d{5}-\\d{6}"));
        List<String> dossiers = LARGE.families().stream().map(f -> f.submission().portalDossierCode()).toList();
        assertThat(dossiers).doesNotHaveDuplicates().doesNotContain("G22.75-261122-000123")
                .allMatch(code -> code.matches("G22\\.\\d{2}-\\d{6}-\\d{6}"));
    }

    @Test
    void familiesAreMostlyKinhWithTheMinoritiesOfTheirProvinces() {
        assertThat(share(f -> f.mother().ethnicity().equals("Kinh"))).isGreaterThan(0.7);
        assertThat(LARGE.citizens()).extracting(Person::ethnicity).isSubsetOf(Ethnicities.ALL).contains("Xtiêng");
        assertThat(LARGE.families()).allSatisfy(f -> assertThat(f.initialCareFacility().provinceCode())
                .isEqualTo(f.household().commune().provinceCode()));
    }

    @Test
    void theCommunesAndFacilitiesIncludeThoseTheExampleAndTheHealthInsuranceServiceUse() {
        assertThat(Communes.byCode("25450").provinceCode()).isEqualTo("075");
        assertThat(Communes.byCode("25450").name()).isEqualTo("Xã Bù Gia Mập");
        assertThat(Communes.byCode("26734").provinceCode()).isEqualTo("079");
        assertThat(Communes.byCode("00004").provinceCode()).isEqualTo("001");
        assertThat(Communes.ALL).extracting(Commune::code).doesNotHaveDuplicates();
        // The seven facilities seeded by health-insurance-service's V2__seed_care_facilities.sql.
        assertThat(CareFacilities.ALL).extracting(CareFacility::code, CareFacility::name, CareFacility::provinceCode)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("75-012", "Trung tâm Y tế khu vực Bù Gia Mập", "075"),
                        org.assertj.core.groups.Tuple.tuple("75-001", "Bệnh viện Đa khoa tỉnh Đồng Nai", "075"),
                        org.assertj.core.groups.Tuple.tuple("75-020", "Trạm Y tế xã Bù Gia Mập", "075"),
                        org.assertj.core.groups.Tuple.tuple("79-003", "Bệnh viện Nhi Đồng 1", "079"),
                        org.assertj.core.groups.Tuple.tuple("79-045", "Trạm Y tế phường Sài Gòn", "079"),
                        org.assertj.core.groups.Tuple.tuple("01-010", "Bệnh viện Nhi Trung ương", "001"),
                        org.assertj.core.groups.Tuple.tuple("01-102", "Trạm Y tế phường Ba Đình", "001"));
        assertThat(CareFacilities.ALL.size()).isGreaterThan(7);
        assertThat(CareFacilities.ALL).extracting(CareFacility::code).doesNotHaveDuplicates();
        assertThat(CareFacilities.ALL).allSatisfy(f -> assertThat(Communes.byCode(f.communeCode()).provinceCode())
                .isEqualTo(f.provinceCode()));
    }

    private static double share(Predicate<Family> property) {
        return LARGE.families().stream().filter(property).count() / (double) LARGE.families().size();
    }

    private static List<String> dossiers(Population population) {
        return population.families().stream().map(PortalDossiers::render).toList();
    }
}
