package vn.lienthong.deploy.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rendered death dossiers keep the field names of the shipped example
 * (examples/dossier-death.json), and what they declare agrees with the seed files the agencies
 * load, except where a death disagrees on purpose.
 */
class PortalDeathDossiersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path seed;
    private static Population population;
    private static List<JsonNode> dossiers;
    private static JsonNode example;

    @BeforeAll
    static void render() throws IOException {
        population = SyntheticPopulation.generate(5, 200, 400, SyntheticPopulation.DEFAULT_REFERENCE_DATE);
        SeedFiles.write(population, seed);
        dossiers = population.deaths().stream().map(PortalDeathDossiers::render).map(JSON::readTree).toList();
        try (InputStream in = PortalDeathDossiers.class.getResourceAsStream("/examples/dossier-death.json")) {
            example = JSON.readTree(in);
        }
    }

    @Test
    void aDossierHasTheExamplesFieldsInTheExamplesOrderLeavingOutOnlyWhatTheDeathHasNot() {
        for (JsonNode dossier : dossiers) {
            assertThat(dossier.propertyNames()).containsExactlyElementsOf(example.propertyNames());
            assertThat(dossier.get("deceased").propertyNames()).containsExactlyElementsOf(example.get("deceased").propertyNames());
            assertThat(dossier.at("/deceased/lastResidence").propertyNames())
                    .containsExactlyElementsOf(example.at("/deceased/lastResidence").propertyNames());
            assertThat(dossier.get("death").propertyNames()).isSubsetOf(example.get("death").propertyNames());
            assertThat(dossier.at("/death/proof").propertyNames())
                    .containsExactlyElementsOf(example.at("/death/proof").propertyNames());
            assertThat(dossier.get("declarant").propertyNames()).containsExactlyElementsOf(example.get("declarant").propertyNames());
            assertThat(dossier.at("/socialInsurance/funeralAllowance/beneficiary").propertyNames())
                    .containsExactlyElementsOf(example.at("/socialInsurance/funeralAllowance/beneficiary").propertyNames());
            assertThat(dossier.at("/socialInsurance/funeralAllowance/payment").propertyNames())
                    .isSubsetOf(example.at("/socialInsurance/funeralAllowance/payment").propertyNames());
            assertThat(dossier.get("procedure").asString()).isEqualTo(example.get("procedure").asString());
        }
        assertThat(dossiers).anyMatch(d -> d.at("/death/place").has("facilityName"))
                .anyMatch(d -> d.at("/death/place").has("addressLine"));
    }

    @Test
    void theDeceasedTheDeclarantAndTheCommuneAreAsTheSeedFilesHoldThem() throws IOException {
        Map<String, Map<String, String>> citizens =
                SeedFilesTest.byKey(CsvRows.read(seed.resolve(SeedFiles.CITIZENS)), "personal_id_number");
        Map<String, Map<String, String>> members =
                SeedFilesTest.byKey(CsvRows.read(seed.resolve(SeedFiles.HOUSEHOLDS)), "member_personal_id_number");
        for (int i = 0; i < dossiers.size(); i++) {
            JsonNode dossier = dossiers.get(i);
            Death death = population.deaths().get(i);
            Map<String, String> deceased = citizens.get(dossier.at("/deceased/personalIdNumber").asString());
            assertThat(deceased.get("full_name")).isEqualTo(dossier.at("/deceased/fullName").asString());
            assertThat(deceased.get("permanent_residence_commune_code"))
                    .isEqualTo(dossier.get("registrationCommuneCode").asString())
                    .isEqualTo(dossier.at("/deceased/lastResidence/communeCode").asString());
            assertThat(deceased.get("date_of_birth").equals(dossier.at("/deceased/dateOfBirth").asString()))
                    .isEqualTo(!death.dateOfBirthDiffers());
            assertThat(citizens.get(dossier.at("/declarant/personalIdNumber").asString()).get("full_name"))
                    .isEqualTo(dossier.at("/declarant/fullName").asString());
            Map<String, String> member = members.get(dossier.at("/deceased/personalIdNumber").asString());
            if (death.expectedResidence() == Death.ResidenceOutcome.NOT_REGISTERED) {
                assertThat(member).isNull();
            } else {
                assertThat(member.get("commune_code")).isEqualTo(dossier.at("/deceased/lastResidence/communeCode").asString());
                assertThat(member.get("address_line")).isEqualTo(dossier.at("/deceased/lastResidence/addressLine").asString());
            }
        }
    }

    @Test
    void theSocialInsuranceSeedHoldsTheRecordsOfTheInsuredAndNoneOfTheUninsured() throws IOException {
        Map<String, Map<String, String>> records =
                SeedFilesTest.byKey(CsvRows.read(seed.resolve(SeedFiles.SOCIAL_INSURANCE)), "personal_id_number");
        List<String> notInsured = new ArrayList<>();
        for (Death death : population.deaths()) {
            Map<String, String> row = records.get(death.deceased().personalIdNumber());
            if (death.insurance().isEmpty()) {
                assertThat(row).isNull();
                notInsured.add(death.deceased().personalIdNumber());
            } else {
                InsuranceProfile profile = death.insurance().get();
                assertThat(row.get("compulsory_months")).isEqualTo(String.valueOf(profile.compulsoryMonths()));
                assertThat(row.get("monthly_benefit")).isEqualTo(profile.monthlyBenefit() == null ? ""
                        : profile.monthlyBenefit());
                assertThat(row.get("other_scheme")).isEqualTo(profile.otherScheme() == null ? "" : profile.otherScheme());
            }
        }
        assertThat(records).hasSize(population.deaths().size() - notInsured.size());
        assertThat(notInsured).isNotEmpty();
    }

    @Test
    void theAllowanceGoesToTheDeclarantByBankTransferOrInCash() {
        for (JsonNode dossier : dossiers) {
            JsonNode allowance = dossier.at("/socialInsurance/funeralAllowance");
            assertThat(allowance.at("/beneficiary/personalIdNumber")).isEqualTo(dossier.at("/declarant/personalIdNumber"));
            assertThat(allowance.at("/beneficiary/relationship").asString()).isIn("CHILD", "SPOUSE");
            String method = allowance.at("/payment/method").asString();
            assertThat(method).isIn("BANK_ACCOUNT", "SOCIAL_INSURANCE_AGENCY");
            assertThat(allowance.at("/payment").has("accountNumber")).isEqualTo(method.equals("BANK_ACCOUNT"));
        }
    }

    @Test
    void theDateAndTimesAreWrittenLikeTheExample() {
        assertThat(dossiers).allSatisfy(d -> {
            assertThat(d.get("submittedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
            assertThat(d.at("/death/dateOfDeath").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            if (d.get("death").has("timeOfDeath")) {
                assertThat(d.at("/death/timeOfDeath").asString()).matches("\\d{2}:\\d{2}");
            }
        });
    }
}
