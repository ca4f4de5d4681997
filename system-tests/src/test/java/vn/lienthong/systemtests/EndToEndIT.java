package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;
import static vn.lienthong.systemtests.Dossiers.awaitFinal;
import static vn.lienthong.systemtests.Dossiers.awaitStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.Death;
import vn.lienthong.deploy.population.PortalDossiers;

/** The five services together, on real Kafka and PostgreSQL, through the portal API only. */
class EndToEndIT {

    private static PortalConsole portal;

    @BeforeAll
    static void startSystem() {
        portal = RunningSystem.portal();
    }

    @Test
    void theExampleDossierGetsANumberABirthCertificateAResidenceAndACard() {
        var example = PortalConsole.exampleDossier();
        example.put("portalDossierCode", "G22.75-ST-EXAMPLE-" + System.nanoTime());

        JsonNode dossier = awaitFinal(portal, submit(example));

        assertThat(dossier.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode results = dossier.get("results");
        // Registered in province 075, a girl born in the 2000s, in '26, then six digits.
        assertThat(results.get("personalIdNumber").asString()).matches("075326\\d{6}");
        assertThat(results.at("/birthRegistration/birthCertificateNumber").asString()).startsWith("KS-25450-2026-");
        assertThat(results.at("/birthRegistration/registerVolume").asString()).matches("\\d{2}/2026");
        assertThat(results.at("/birthRegistration/lateRegistration").asBoolean()).isFalse();
        assertThat(results.at("/residence/registrationNumber").asString()).startsWith("TT-25450-");
        assertThat(results.at("/residence/registeredAddress").asString()).startsWith("Thôn 3");
        assertThat(results.at("/healthInsuranceCard/cardNumber").asString()).matches("TE175\\d{10}");
        assertThat(results.at("/healthInsuranceCard/validFrom").asString()).isEqualTo("2026-11-02");
        // 72 months after 2 November 2026 falls after 30 September 2032.
        assertThat(results.at("/healthInsuranceCard/validTo").asString()).isEqualTo("2032-11-02");
    }

    @Test
    void aDossierWithTheFatherUnknownCompletes() {
        JsonNode dossier = awaitFinal(portal, submit(aTypicalDossier().withoutFather().json()));

        assertThat(dossier.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(dossier.at("/results/personalIdNumber").asString()).matches("07532\\d{7}");
    }

    @Test
    void aRefusedAddressIsSupplementedAndTheDossierCompletes() {
        String dossierId = submit(aTypicalDossier().withResidenceAddress("Ấp Không Có Thật").json());

        JsonNode waiting = awaitStatus(portal, dossierId, Set.of("ACTION_REQUIRED"));
        assertThat(waiting.at("/requiredActions/0/step").asString()).isEqualTo("RESIDENCE");
        assertThat(waiting.at("/requiredActions/0/reasons/0/code").asString()).isEqualTo("HOUSEHOLD_NOT_FOUND");
        assertThat(waiting.at("/requiredActions/0/reasons/0/field").asString()).isEqualTo("residence.addressLine");

        var supplement = portal.post("/api/v1/dossiers/" + dossierId + "/supplements",
                "{\"changes\": {\"residence\": {\"addressLine\": \"Thôn 3\"}}, \"note\": \"Sửa địa chỉ\"}");
        assertThat(supplement.status()).isEqualTo(200);

        JsonNode dossier = awaitFinal(portal, dossierId);
        assertThat(dossier.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(dossier.at("/results/residence/registeredAddress").asString()).startsWith("Thôn 3");
        assertThat(dossier.get("history")).extracting(entry -> entry.get("event").asString())
                .contains("ACTION_REQUIRED", "SUPPLEMENTED", "COMPLETED");
    }

    @Test
    void theSameDossierSubmittedTwiceIsOneDossier() {
        var dossier = aTypicalDossier().json();

        var first = portal.submit(dossier);
        var second = portal.submit(dossier);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.body().get("dossierId")).isEqualTo(first.body().get("dossierId"));
        assertThat(awaitFinal(portal, first.body().get("dossierId").asString()).get("status").asString())
                .isEqualTo("COMPLETED");
    }

    @Test
    void aBirthOutsideAHealthFacilityCompletesOnceAnOfficerHasSeenTheOriginalStatement() {
        String dossierId = submit(aTypicalDossier().bornOutsideAHealthFacility().json());

        JsonNode waiting = awaitStatus(portal, dossierId, Set.of("ACTION_REQUIRED"));
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("OFFICER");
        RunningSystem.officerOf("25450").post("/api/v1/dossiers/" + dossierId + "/officer-actions",
                "{\"action\": \"ORIGINAL_BIRTH_STATEMENT_SEEN\", \"officerId\": \"cb-25450-01\"}");

        assertThat(awaitFinal(portal, dossierId).get("status").asString()).isEqualTo("COMPLETED");
    }

    /**
     * A family applying twice for one child: the population database does not give the child a
     * second number, and the second dossier stops at the ID-number step for an officer instead of
     * reaching the civil-status database; the officer finds it is the same child and refuses it.
     */
    @Test
    void aSecondDossierForTheSameChildGetsNoSecondNumberAndWaitsForAnOfficerWhoRefusesIt() throws SQLException {
        var first = aTypicalDossier();
        JsonNode completed = awaitFinal(portal, submit(first.json()));
        String number = completed.at("/results/personalIdNumber").asString();
        String masked = number.substring(0, 4) + "******" + number.substring(10);

        String secondId = submit(first.anotherDossierForTheSameChild().json());

        JsonNode waiting = awaitStatus(portal, secondId, Set.of("ACTION_REQUIRED"));
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("REVIEW");
        assertThat(waiting.at("/requiredActions/0/step").asString()).isEqualTo("ID_NUMBER");
        assertThat(waiting.at("/requiredActions/0/reasons/0/code").asString()).isEqualTo("POSSIBLE_DUPLICATE_CITIZEN");
        assertThat(waiting.at("/requiredActions/0/messageVi").asString()).contains(masked).doesNotContain(number);
        assertThat(waiting.at("/requiredActions/0/reasons")).extracting(r -> r.path("field").asString(null))
                .containsExactly(null, "mother.personalIdNumber", "child.fullName", "child.sex", "child.dateOfBirth");
        assertThat(waiting.at("/results/personalIdNumber").isMissingNode()).isTrue();
        assertThat(numbersOf(first.json())).as("numbers the population database holds for the child")
                .containsExactly(number);
        assertThat(count("civil_registry", "select count(*) from birth_register_entry where dossier_id = ?::uuid", secondId))
                .as("the civil-status database never saw the second dossier").isZero();

        var sameChild = RunningSystem.officerOf("25450").post("/api/v1/dossiers/" + secondId + "/officer-actions",
                "{\"action\": \"CONFIRM_SAME_CHILD\", \"officerId\": \"cb-25450-01\"}");
        assertThat(sameChild.status()).isEqualTo(200);
        JsonNode refused = awaitFinal(portal, secondId);
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.at("/refusal/code").asString()).isEqualTo("CHILD_ALREADY_HAS_ID_NUMBER");
        assertThat(numbersOf(first.json())).containsExactly(number);
    }

    /** Twins given the same name: the officer confirms another child, who gets a number of her own. */
    @Test
    void aSameNamedTwinConfirmedByAnOfficerGetsANumberOfHerOwnAndCompletes() throws SQLException {
        var first = aTypicalDossier();
        String firstNumber = awaitFinal(portal, submit(first.json())).at("/results/personalIdNumber").asString();
        String twinId = submit(first.anotherDossierForTheSameChild().withAnotherMedicalBirthCertificate().json());
        awaitStatus(portal, twinId, Set.of("ACTION_REQUIRED"));

        var distinct = RunningSystem.officerOf("25450").post("/api/v1/dossiers/" + twinId + "/officer-actions",
                "{\"action\": \"CONFIRM_DISTINCT_CHILD\", \"officerId\": \"cb-25450-01\", \"note\": \"Sinh đôi\"}");

        assertThat(distinct.status()).isEqualTo(200);
        JsonNode twin = awaitFinal(portal, twinId);
        assertThat(twin.get("status").asString()).as("%s", twin).isEqualTo("COMPLETED");
        String twinsNumber = twin.at("/results/personalIdNumber").asString();
        assertThat(twinsNumber).isNotEqualTo(firstNumber).startsWith(firstNumber.substring(0, 6));
        assertThat(numbersOf(first.json())).containsExactlyInAnyOrder(firstNumber, twinsNumber);
        assertThat(count("id_number", """
                select count(*) from personal_id_number_assignment
                where personal_id_number = ? and duplicate_reviewed_by = 'Nguyễn Thị Lan (hotich.25450)' and confirmed_distinct_from = ?""",
                twinsNumber, firstNumber)).as("the population database recorded the officer's review").isEqualTo(1);
    }

    @Test
    void syntheticFamiliesOfEveryKindComplete() {
        List<String> dossierIds = new ArrayList<>();
        RunningSystem.population().families().stream().limit(25)
                .forEach(family -> dossierIds.add(submit(PortalDossiers.tree(family))));

        for (String dossierId : dossierIds) {
            JsonNode dossier = Dossiers.awaitDone(portal, dossierId);
            assertThat(dossier.get("status").asString()).as("dossier %s", dossier).isEqualTo("COMPLETED");
            LocalDate validTo = LocalDate.parse(dossier.at("/results/healthInsuranceCard/validTo").asString());
            assertThat(validTo).isAfter(LocalDate.now().plusYears(5));
        }
    }

    /**
     * While ops pause the population database the dossiers' numbers fall due together; once it is
     * resumed they are asked for in batch requests, and each child gets a number of its own, as alone.
     */
    @Test
    void numbersDueTogetherAreAskedForInOneRequestAndEachChildGetsItsOwn() throws Exception {
        var ops = RunningSystem.get().staff(Service.ORCHESTRATOR, "vanhanh.075");
        double batchesBefore = batchRequests();
        var paused = ops.put("/api/v1/ops/agencies/POPULATION_DATABASE/pause",
                "{\"reason\": \"Kiểm thử gộp yêu cầu / batch test\"}");
        assertThat(paused.status()).as("pause answer %s", paused.body()).isEqualTo(200);
        List<String> dossierIds = new ArrayList<>();
        try {
            // Families no other system test submits (they take 0-24, 100-159, 200-439 and the last ones).
            RunningSystem.population().families().stream().skip(30).limit(70)
                    .filter(family -> family.child().bornInFacility()).limit(6)
                    .forEach(family -> dossierIds.add(submit(PortalDossiers.tree(family))));
        } finally {
            var resumed = ops.delete("/api/v1/ops/agencies/POPULATION_DATABASE/pause",
                    "{\"reason\": \"Hết kiểm thử gộp yêu cầu / batch test over\"}");
            assertThat(resumed.status()).as("resume answer %s", resumed.body()).isEqualTo(200);
        }

        Set<String> numbers = new HashSet<>();
        for (String dossierId : dossierIds) {
            JsonNode dossier = Dossiers.awaitDone(portal, dossierId);
            assertThat(dossier.get("status").asString()).as("dossier %s", dossier).isEqualTo("COMPLETED");
            numbers.add(dossier.at("/results/personalIdNumber").asString());
        }
        assertThat(numbers).as("a number of its own for each child").hasSize(dossierIds.size())
                .allMatch(number -> number.matches("\\d{12}"));
        assertThat(batchRequests()).as("batch requests the population database answered")
                .isGreaterThan(batchesBefore);
    }

    /** The population database's answered batch requests, as its metrics count them. */
    private static double batchRequests() throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create(RunningSystem.get().url(Service.ID_NUMBER) + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + RunningSystem.get().identity().client("metrics-scraper", "metrics.read").get())
                .GET().build();
        String exposition = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString()).body();
        return exposition.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("uri=\"/api/v1/personal-id-numbers/batch\"") && line.contains("status=\"200\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aQualifyingDeathIsRegisteredRemovedFromTheHouseholdPaidAndRecorded() {
        Death death = Deaths.take(candidate -> !candidate.dateOfBirthDiffers() && candidate.household().isPresent()
                && candidate.expectedAllowance() == Death.AllowanceOutcome.GRANTED);

        JsonNode dossier = awaitFinal(portal, submit(Deaths.dossier(death)));

        assertThat(dossier.get("status").asString()).as("%s", dossier).isEqualTo("COMPLETED");
        assertThat(dossier.get("procedure").asString()).isEqualTo("DEATH");
        JsonNode results = dossier.get("results");
        String extract = results.at("/deathRegistration/deathExtractNumber").asString();
        assertThat(extract).startsWith("KT-" + death.commune().code() + "-");
        assertThat(results.at("/residenceRemoval/outcome").asString()).isEqualTo("REMOVED");
        assertThat(results.at("/residenceRemoval/householdNeedsNewHead").asBoolean()).isEqualTo(
                death.expectedResidence() == Death.ResidenceOutcome.REMOVED_HOUSEHOLD_NEEDS_NEW_HEAD);
        assertThat(results.at("/funeralAllowance/decision").asString()).isEqualTo("GRANTED");
        assertThat(results.at("/funeralAllowance/amountVnd").asLong()).isPositive();
        assertThat(results.at("/deathRecord/deathExtractNumber").asString()).isEqualTo(extract);
    }

    @Test
    void aDeathThatDoesNotQualifyForTheAllowanceCompletesWithTheReasonedRefusal() {
        Death death = Deaths.take(candidate -> !candidate.dateOfBirthDiffers()
                && candidate.expectedAllowance() != Death.AllowanceOutcome.GRANTED);

        JsonNode dossier = awaitFinal(portal, submit(Deaths.dossier(death)));

        assertThat(dossier.get("status").asString()).as("%s", dossier).isEqualTo("COMPLETED");
        assertThat(dossier.at("/results/funeralAllowance/decision").asString()).isEqualTo("REFUSED");
        assertThat(dossier.at("/results/funeralAllowance/refusalCode").asString())
                .isEqualTo(death.expectedAllowance().name());
        assertThat(dossier.at("/results/funeralAllowance/messageVi").asString()).isNotBlank();
        assertThat(dossier.at("/results/deathRegistration/deathExtractNumber").asString()).startsWith("KT-");
        assertThat(dossier.get("flags")).extracting(flag -> flag.get("code").asString())
                .contains("FUNERAL_ALLOWANCE_REFUSED");
    }

    @Test
    void aDeathWhoseDateOfBirthDisagreesWithThePopulationDatabaseWaitsForAnOfficersReview() {
        Death death = Deaths.take(Death::dateOfBirthDiffers);

        String dossierId = submit(Deaths.dossier(death));

        JsonNode waiting = awaitStatus(portal, dossierId, Set.of("ACTION_REQUIRED"));
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("REVIEW");
        assertThat(waiting.at("/requiredActions/0/step").asString()).isEqualTo("DECEASED_CHECK");
        assertThat(waiting.at("/requiredActions/0/reasons/0/field").asString()).isEqualTo("deceased.dateOfBirth");
        assertThat(waiting.at("/results/deathRegistration").isMissingNode()).as("nothing registered meanwhile").isTrue();
    }

    /** The numbers the population database gave children of this dossier's mother, name and date of birth. */
    private static List<String> numbersOf(JsonNode dossier) throws SQLException {
        JsonNode child = dossier.get("child");
        try (Connection connection = connection("id_number");
             PreparedStatement query = connection.prepareStatement("""
                     select personal_id_number from personal_id_number_assignment
                     where mother_personal_id_number = ? and date_of_birth = ?::date
                       and child_name_key = same_child_name_key(?)""")) {
            query.setString(1, dossier.at("/mother/personalIdNumber").asString());
            query.setString(2, child.get("dateOfBirth").asString());
            query.setString(3, child.get("fullName").asString());
            List<String> numbers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
            return numbers;
        }
    }

    private static long count(String database, String sql, String... params) throws SQLException {
        try (Connection connection = connection(database); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connection(String database) throws SQLException {
        LocalSystem system = RunningSystem.get();
        return DriverManager.getConnection(system.jdbcUrl(database), system.databaseUser(), "");
    }

    private static String submit(JsonNode dossier) {
        var answer = portal.submit(dossier);
        assertThat(answer.status()).as("submission answer %s", answer.body()).isEqualTo(202);
        return answer.body().get("dossierId").asString();
    }
}
