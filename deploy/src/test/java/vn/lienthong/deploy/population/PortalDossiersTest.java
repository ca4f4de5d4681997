package vn.lienthong.deploy.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rendered dossiers keep the field names of shared/examples/dossier-3in1.json, written out here
 * because the example lives outside the repository, and a freshly seeded system can complete them.
 */
class PortalDossiersTest {

    private static final List<String> TOP_LEVEL = List.of("portalDossierCode", "submittedAt", "channel",
            "registrationCommuneCode", "child", "mother", "father", "declarant", "residence", "healthInsurance",
            "resultDelivery");
    private static final List<String> CHILD = List.of("fullName", "sex", "dateOfBirth", "placeOfBirth", "ethnicity",
            "nationality", "medicalBirthCertificate");
    private static final List<String> PARENT = List.of("fullName", "dateOfBirth", "personalIdNumber", "ethnicity",
            "nationality");
    private static final List<String> DECLARANT = List.of("fullName", "personalIdNumber", "relationship", "phone");
    private static final List<String> RESIDENCE = List.of("parentPersonalIdNumber", "communeCode", "addressLine");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path seed;
    private static Population population;
    private static List<JsonNode> dossiers;

    @BeforeAll
    static void render() {
        population = SyntheticPopulation.generate(5, 1000);
        SeedFiles.write(population, seed);
        dossiers = population.families().stream().map(PortalDossiers::render).map(JSON::readTree).toList();
    }

    @Test
    void aDossierHasTheExamplesFieldsInTheExamplesOrderWithoutTheFatherWhenHeIsUnknown() {
        for (JsonNode dossier : dossiers) {
            List<String> expected = new ArrayList<>(TOP_LEVEL);
            if (!dossier.has("father")) {
                expected.remove("father");
            }
            assertThat(dossier.propertyNames()).containsExactlyElementsOf(expected);
            assertThat(dossier.get("child").propertyNames()).containsExactlyElementsOf(CHILD);
            assertThat(dossier.get("child").get("medicalBirthCertificate").propertyNames())
                    .containsExactly("number", "electronic");
            assertThat(dossier.get("mother").propertyNames()).containsExactlyElementsOf(PARENT);
            if (dossier.has("father")) {
                assertThat(dossier.get("father").propertyNames()).containsExactlyElementsOf(PARENT);
            }
            assertThat(dossier.get("declarant").propertyNames()).containsExactlyElementsOf(DECLARANT);
            assertThat(dossier.get("healthInsurance").propertyNames()).containsExactly("initialCareFacilityCode");
        }
        assertThat(dossiers).anyMatch(d -> !d.has("father")).anyMatch(d -> d.has("father"));
    }

    @Test
    void theResidenceAsksForTheHeadsConsentOnlyWhenTheParentIsNotTheHead() throws IOException {
        Map<String, Map<String, String>> members = householdRowsByMember();
        for (JsonNode dossier : dossiers) {
            JsonNode residence = dossier.get("residence");
            Map<String, String> member = members.get(residence.get("parentPersonalIdNumber").asString());
            boolean head = member.get("relationship_to_head").equals("HEAD");
            List<String> expected = new ArrayList<>(RESIDENCE);
            if (!head) {
                expected.add("householdHeadConsent");
                assertThat(residence.get("householdHeadConsent").asBoolean()).isTrue();
            }
            assertThat(residence.propertyNames()).containsExactlyElementsOf(expected);
        }
        assertThat(dossiers).anyMatch(d -> d.get("residence").has("householdHeadConsent"));
    }

    @Test
    void theResidenceParentLivesInTheHouseholdAtTheDossiersCommuneAndAddress() throws IOException {
        Map<String, Map<String, String>> members = householdRowsByMember();
        for (JsonNode dossier : dossiers) {
            JsonNode residence = dossier.get("residence");
            String parent = residence.get("parentPersonalIdNumber").asString();
            Map<String, String> member = members.get(parent);

            assertThat(member).as("household row of the residence parent").isNotNull();
            assertThat(member.get("commune_code")).isEqualTo(residence.get("communeCode").asString())
                    .isEqualTo(dossier.get("registrationCommuneCode").asString());
            assertThat(member.get("address_line")).isEqualTo(residence.get("addressLine").asString());
            assertThat(parent).isIn(dossier.get("mother").get("personalIdNumber").asString(),
                    dossier.has("father") ? dossier.get("father").get("personalIdNumber").asString() : null);
        }
    }

    @Test
    void parentsAndDeclarantsAreCitizensAndCodesAreKnown() throws IOException {
        Map<String, Map<String, String>> citizens =
                SeedFilesTest.byKey(CsvRows.read(seed.resolve(SeedFiles.CITIZENS)), "personal_id_number");
        Map<String, Map<String, String>> communes =
                SeedFilesTest.byKey(CsvRows.read(seed.resolve(SeedFiles.COMMUNES)), "commune_code");
        Map<String, Map<String, String>> facilities =
                SeedFilesTest.byKey(CsvRows.read(seed.resolve(SeedFiles.CARE_FACILITIES)), "facility_code");
        for (JsonNode dossier : dossiers) {
            for (String parent : List.of("mother", "father")) {
                if (dossier.has(parent)) {
                    JsonNode declared = dossier.get(parent);
                    Map<String, String> citizen = citizens.get(declared.get("personalIdNumber").asString());
                    assertThat(citizen.get("full_name")).isEqualTo(declared.get("fullName").asString());
                    assertThat(citizen.get("date_of_birth")).isEqualTo(declared.get("dateOfBirth").asString());
                }
            }
            JsonNode declarant = dossier.get("declarant");
            assertThat(citizens.get(declarant.get("personalIdNumber").asString()).get("full_name"))
                    .isEqualTo(declarant.get("fullName").asString());
            assertThat(declarant.get("phone").asString()).matches("0\\d{9}");
            String commune = dossier.get("registrationCommuneCode").asString();
            assertThat(communes).containsKey(commune);
            assertThat(facilities.get(dossier.get("healthInsurance").get("initialCareFacilityCode").asString())
                    .get("province_code")).isEqualTo(communes.get(commune).get("province_code"));
        }
    }

    @Test
    void channelsDeclarantsAndDeliveriesAreMixedRealistically() {
        Map<String, Long> channels = count("channel");
        assertThat(channels.keySet()).containsExactlyInAnyOrder("ONLINE_SELF", "ONLINE_ASSISTED", "COUNTER");
        assertThat(channels.get("ONLINE_SELF")).isGreaterThan(channels.get("COUNTER"));
        Map<String, Long> declarants = dossiers.stream().collect(Collectors.groupingBy(
                d -> d.get("declarant").get("relationship").asString(), Collectors.counting()));
        assertThat(declarants.keySet()).containsExactlyInAnyOrder("MOTHER", "FATHER", "GRANDPARENT");
        assertThat(declarants.get("MOTHER")).isGreaterThan(declarants.get("FATHER") + declarants.get("GRANDPARENT"));
        assertThat(count("resultDelivery").keySet()).containsExactlyInAnyOrder("ELECTRONIC", "POSTAL", "AT_COUNTER");
    }

    @Test
    void theDateAndTimeOfSubmissionAreWrittenLikeTheExample() {
        assertThat(dossiers).allSatisfy(d -> assertThat(d.get("submittedAt").asString())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00"));
        assertThat(dossiers).allSatisfy(d -> assertThat(d.get("child").get("dateOfBirth").asString())
                .matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    private static Map<String, Long> count(String field) {
        return dossiers.stream().collect(Collectors.groupingBy(d -> d.get(field).asString(), Collectors.counting()));
    }

    private static Map<String, Map<String, String>> householdRowsByMember() throws IOException {
        return SeedFilesTest.byKey(CsvRows.read(seed.resolve(SeedFiles.HOUSEHOLDS)), "member_personal_id_number");
    }
}
