package vn.lienthong.deploy.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFilesTest {

    @TempDir
    static Path directory;
    private static Population population;

    @BeforeAll
    static void write() {
        population = SyntheticPopulation.generate(11, 500);
        SeedFiles.write(population, directory);
    }

    @Test
    void eachFileStartsWithItsHeader() throws IOException {
        assertThat(CsvRows.header(directory.resolve("communes.csv")))
                .containsExactly("commune_code", "commune_name", "province_code", "province_name");
        assertThat(CsvRows.header(directory.resolve("citizens.csv"))).containsExactly("personal_id_number", "full_name",
                "sex", "date_of_birth", "ethnicity", "nationality", "permanent_residence_commune_code");
        assertThat(CsvRows.header(directory.resolve("households.csv"))).containsExactly("household_number",
                "commune_code", "address_line", "head_personal_id_number", "member_personal_id_number",
                "member_full_name", "relationship_to_head");
        assertThat(CsvRows.header(directory.resolve("care-facilities.csv")))
                .containsExactly("facility_code", "facility_name", "province_code");
        assertThat(CsvRows.header(directory.resolve("social-insurance.csv"))).containsExactly("personal_id_number",
                "compulsory_months", "voluntary_months", "monthly_benefit", "monthly_benefit_since", "other_scheme");
    }

    @Test
    void everyParentAndGrandparentIsACitizenOnce() throws IOException {
        List<Map<String, String>> citizens = CsvRows.read(directory.resolve("citizens.csv"));

        assertThat(citizens).hasSize(population.citizens().size());
        assertThat(citizens).extracting(row -> row.get("personal_id_number")).doesNotHaveDuplicates();
        Map<String, Map<String, String>> byNumber = byKey(citizens, "personal_id_number");
        for (Family family : population.families()) {
            family.citizens().forEach(person -> {
                Map<String, String> row = byNumber.get(person.personalIdNumber());
                assertThat(row.get("full_name")).isEqualTo(person.fullName());
                assertThat(row.get("sex")).isEqualTo(person.sex().name());
                assertThat(row.get("date_of_birth")).isEqualTo(person.dateOfBirth().toString());
                assertThat(row.get("nationality")).isEqualTo("VN");
            });
        }
    }

    @Test
    void everyHouseholdHasOneHeadAndOneAddressAndItsMembersAreCitizens() throws IOException {
        List<Map<String, String>> rows = CsvRows.read(directory.resolve("households.csv"));
        Map<String, Map<String, String>> citizens = byKey(CsvRows.read(directory.resolve("citizens.csv")), "personal_id_number");
        Map<String, List<Map<String, String>>> households = rows.stream()
                .collect(Collectors.groupingBy(row -> row.get("household_number")));

        assertThat(households).hasSize(population.families().size()
                + (int) population.deaths().stream().filter(death -> death.household().isPresent()).count());
        households.forEach((number, members) -> {
            assertThat(members).filteredOn(m -> m.get("relationship_to_head").equals("HEAD")).singleElement()
                    .satisfies(head -> assertThat(head.get("member_personal_id_number"))
                            .isEqualTo(head.get("head_personal_id_number")));
            assertThat(members).extracting(m -> m.get("address_line") + "|" + m.get("commune_code") + "|"
                    + m.get("head_personal_id_number")).containsOnly(members.get(0).get("address_line") + "|"
                    + members.get(0).get("commune_code") + "|" + members.get(0).get("head_personal_id_number"));
            assertThat(members).allSatisfy(m -> {
                assertThat(citizens).containsKey(m.get("member_personal_id_number"));
                assertThat(m.get("relationship_to_head")).isIn("HEAD", "SPOUSE", "CHILD", "PARENT", "OTHER");
                assertThat(citizens.get(m.get("member_personal_id_number")).get("permanent_residence_commune_code"))
                        .isEqualTo(m.get("commune_code"));
            });
        });
        assertThat(rows).extracting(row -> row.get("relationship_to_head")).contains("SPOUSE", "CHILD", "PARENT", "OTHER");
    }

    @Test
    void addressLinesWithCommasAreQuotedAndReadBackWhole() throws IOException {
        String text = Files.readString(directory.resolve("households.csv"));
        List<String> written = population.families().stream().map(f -> f.household().addressLine()).toList();

        assertThat(written).anyMatch(address -> address.contains(","));
        written.stream().filter(address -> address.contains(",")).forEach(address ->
                assertThat(text).contains(",\"" + address + "\","));
        assertThat(CsvRows.read(directory.resolve("households.csv"))).extracting(row -> row.get("address_line"))
                .containsAll(written);
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvFile.field("Thôn 3")).isEqualTo("Thôn 3");
        assertThat(CsvFile.field("Tổ 4, Thôn 3")).isEqualTo("\"Tổ 4, Thôn 3\"");
        assertThat(CsvFile.field("Nhà \"A\"")).isEqualTo("\"Nhà \"\"A\"\"\"");
        assertThat(CsvFile.field(" lề ")).isEqualTo("\" lề \"");
        assertThat(CsvFile.field("K'Hùng")).isEqualTo("K'Hùng");
        assertThat(CsvFile.field(null)).isEmpty();
    }

    @Test
    void communesAndFacilitiesAreWrittenInFull() throws IOException {
        assertThat(CsvRows.read(directory.resolve("communes.csv"))).extracting(row -> row.get("commune_code"))
                .containsExactlyElementsOf(Communes.ALL.stream().map(Commune::code).toList());
        assertThat(CsvRows.read(directory.resolve("care-facilities.csv"))).extracting(row -> row.get("facility_code"))
                .containsExactlyElementsOf(CareFacilities.ALL.stream().map(CareFacility::code).toList());
    }

    static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String column) {
        return rows.stream().collect(Collectors.toMap(row -> row.get(column), Function.identity()));
    }
}
