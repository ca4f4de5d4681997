package vn.lienthong.deploy.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the seed files the stand-in agencies load at start-up ({@code lienthong.seed.directory}):
 * communes, citizens (every parent and grandparent, every deceased and their family), households
 * with one row per member, care facilities, and the social-insurance records of the deceased who had
 * one (contributions, pensions, other schemes).
 */
public final class SeedFiles {

    public static final String COMMUNES = "communes.csv";
    public static final String CITIZENS = "citizens.csv";
    public static final String HOUSEHOLDS = "households.csv";
    public static final String CARE_FACILITIES = "care-facilities.csv";
    public static final String SOCIAL_INSURANCE = "social-insurance.csv";

    public static final List<String> COMMUNES_HEADER =
            List.of("commune_code", "commune_name", "province_code", "province_name");
    public static final List<String> CITIZENS_HEADER = List.of("personal_id_number", "full_name", "sex",
            "date_of_birth", "ethnicity", "nationality", "permanent_residence_commune_code");
    public static final List<String> HOUSEHOLDS_HEADER = List.of("household_number", "commune_code", "address_line",
            "head_personal_id_number", "member_personal_id_number", "member_full_name", "relationship_to_head");
    public static final List<String> CARE_FACILITIES_HEADER = List.of("facility_code", "facility_name", "province_code");
    public static final List<String> SOCIAL_INSURANCE_HEADER = List.of("personal_id_number", "compulsory_months",
            "voluntary_months", "monthly_benefit", "monthly_benefit_since", "other_scheme");

    private SeedFiles() {
    }

    public static void write(Population population, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        try (var csv = CsvFile.create(directory.resolve(COMMUNES), COMMUNES_HEADER)) {
            population.communes().forEach(c -> csv.row(c.code(), c.name(), c.provinceCode(), c.provinceName()));
        }
        try (var csv = CsvFile.create(directory.resolve(CITIZENS), CITIZENS_HEADER)) {
            population.citizens().forEach(p -> csv.row(p.personalIdNumber(), p.fullName(), p.sex(), p.dateOfBirth(),
                    p.ethnicity(), p.nationality(), p.permanentResidenceCommuneCode()));
        }
        try (var csv = CsvFile.create(directory.resolve(HOUSEHOLDS), HOUSEHOLDS_HEADER)) {
            population.households().forEach(household -> writeHousehold(csv, household));
        }
        try (var csv = CsvFile.create(directory.resolve(CARE_FACILITIES), CARE_FACILITIES_HEADER)) {
            population.careFacilities().forEach(f -> csv.row(f.code(), f.name(), f.provinceCode()));
        }
        try (var csv = CsvFile.create(directory.resolve(SOCIAL_INSURANCE), SOCIAL_INSURANCE_HEADER)) {
            for (Death death : population.deaths()) {
                death.insurance().ifPresent(record -> csv.row(death.deceased().personalIdNumber(),
                        record.compulsoryMonths(), record.voluntaryMonths(), record.monthlyBenefit(),
                        record.monthlyBenefitSince(), record.otherScheme()));
            }
        }
    }

    private static void writeHousehold(CsvFile csv, Household household) {
        String head = household.head().personalIdNumber();
        for (HouseholdMember member : household.members()) {
            csv.row(household.householdNumber(), household.commune().code(), household.addressLine(), head,
                    member.person().personalIdNumber(), member.person().fullName(), member.relationshipToHead());
        }
    }
}
