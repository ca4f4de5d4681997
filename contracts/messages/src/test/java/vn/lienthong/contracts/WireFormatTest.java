package vn.lienthong.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumbers;
import vn.lienthong.contracts.idnumber.CitizenRecord;
import vn.lienthong.contracts.idnumber.ParentsAsDeclared;
import vn.lienthong.contracts.idnumber.PersonalIdNumberAnswers;
import vn.lienthong.contracts.idnumber.PersonalIdNumberAssigned;
import vn.lienthong.contracts.idnumber.RegisteredParent;
import vn.lienthong.contracts.idnumber.DeathRecorded;
import vn.lienthong.contracts.idnumber.RecordDeath;

/** Each message type's golden JSON reads into its record and writes back to the same JSON. */
class WireFormatTest {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static Stream<String> messageTypes() {
        return MessageTypes.all().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("messageTypes")
    void goldenJsonRoundTripsThroughTheRecord(String typeName) throws IOException {
        String golden = golden(typeName);
        Class<?> type = MessageTypes.forName(typeName).orElseThrow();

        Object message = STRICT.readValue(golden, type);
        JsonNode written = STRICT.readTree(STRICT.writeValueAsString(message));

        assertThat(written).isEqualTo(STRICT.readTree(golden));
    }

    @Test
    void datesTravelAsIsoStringsAndFieldsKeepTheirNames() throws IOException {
        RegisterBirth command = STRICT.readValue(golden("RegisterBirth"), RegisterBirth.class);
        JsonNode json = STRICT.valueToTree(command);

        assertThat(json.get("child").get("dateOfBirth").asString()).isEqualTo("2026-11-02");
        assertThat(json.get("father").isNull()).isTrue();
        assertThat(command.child().fullName()).isEqualTo("Điểu Thị Hoa");

        HealthInsuranceCardIssued card = STRICT.readValue(golden("HealthInsuranceCardIssued"), HealthInsuranceCardIssued.class);
        assertThat(card.validTo()).hasToString("2032-11-02");
    }

    /** The population database's request is HTTP, not Kafka, but its JSON is a contract all the same. */
    @Test
    void thePopulationDatabaseRequestCarriesAnOfficersReviewAndReadsWithoutOne() throws IOException {
        String golden = golden("AssignPersonalIdNumber");
        AssignPersonalIdNumber reviewed = STRICT.readValue(golden, AssignPersonalIdNumber.class);
        assertThat(STRICT.readTree(STRICT.writeValueAsString(reviewed))).isEqualTo(STRICT.readTree(golden));
        assertThat(reviewed.confirmedDistinctFrom()).isEqualTo("0753******04");
        assertThat(reviewed.duplicateReviewedBy()).isEqualTo("cb-25450-01");

        JsonNode withoutReview = STRICT.readTree(golden).deepCopy();
        ((ObjectNode) withoutReview).remove(List.of("confirmedDistinctFrom", "duplicateReviewedBy"));
        AssignPersonalIdNumber plain = STRICT.treeToValue(withoutReview, AssignPersonalIdNumber.class);
        assertThat(plain).isEqualTo(new AssignPersonalIdNumber(reviewed.requestId(), "Điểu Thị Hoa", reviewed.sex(),
                reviewed.dateOfBirth(), "25450", "070198001234", "070095004567", "VN"));
        assertThat(plain.confirmedDistinctFrom()).isNull();
        assertThat(plain.duplicateReviewedBy()).isNull();
    }

    /** One request checks the parents too: their names and dates as declared travel with it. */
    @Test
    void theAssignmentRequestCarriesTheParentsAsDeclaredAndTheAnswerSaysTheyWereChecked() throws IOException {
        String golden = golden("AssignPersonalIdNumberCheckingParents");
        AssignPersonalIdNumber checking = STRICT.readValue(golden, AssignPersonalIdNumber.class);
        assertThat(STRICT.readTree(STRICT.writeValueAsString(checking))).isEqualTo(STRICT.readTree(golden));
        assertThat(checking.parentsAsDeclared().mother())
                .isEqualTo(new ParentsAsDeclared.Person("Thị Lan", java.time.LocalDate.parse("1998-03-14")));
        assertThat(checking.parentsAsDeclared().father()).isNull();

        PersonalIdNumberAssigned older = STRICT.readValue("""
                {"requestId":"r-1","personalIdNumber":"075326000101","newlyIssued":true,"issuedAt":"2026-11-03T01:02:03Z"}
                """, PersonalIdNumberAssigned.class);
        assertThat(older.parentsChecked()).isFalse();
        PersonalIdNumberAssigned checked = new PersonalIdNumberAssigned("r-1", "075326000101", true,
                older.issuedAt(), true);
        assertThat(STRICT.readValue(STRICT.writeValueAsString(checked), PersonalIdNumberAssigned.class)).isEqualTo(checked);
        RegisteredParent mother = new RegisteredParent("mother", "070198001234", "Thị Lan",
                java.time.LocalDate.parse("1998-03-14"), true, java.time.LocalDate.parse("2026-10-01"));
        assertThat(STRICT.readValue(STRICT.writeValueAsString(mother), RegisteredParent.class)).isEqualTo(mother);
    }

    @Test
    void aDeathTravelsWithItsGregorianDateItsTimeAsHoursAndMinutesAndAnAmountInWholeDong() throws IOException {
        RegisterDeath command = STRICT.readValue(golden("RegisterDeath"), RegisterDeath.class);
        JsonNode json = STRICT.valueToTree(command);

        assertThat(json.at("/death/dateOfDeath").asString()).isEqualTo("2026-11-18");
        assertThat(json.at("/death/timeOfDeath").asString()).isEqualTo("14:30:00");
        assertThat(STRICT.readValue("\"14:30\"", java.time.LocalTime.class)).isEqualTo(command.death().timeOfDeath());
        assertThat(json.at("/deceased/dateOfBirth").asString()).isEqualTo("1960-05-14");
        assertThat(json.at("/declarant/authorizationDocumentNumber").isNull()).isTrue();

        FuneralAllowanceGranted granted = STRICT.readValue(golden("FuneralAllowanceGranted"), FuneralAllowanceGranted.class);
        assertThat(granted.amountVnd()).isEqualTo(granted.multiple() * granted.referenceLevelVnd()).isEqualTo(25_300_000L);
    }

    /** The population database's death record and citizen look-up are HTTP bodies, contracts all the same. */
    @ParameterizedTest
    @MethodSource("populationDatabaseBodies")
    void thePopulationDatabasesDeathBodiesRoundTrip(Class<?> type) throws IOException {
        String golden = golden(type.getSimpleName());

        Object body = STRICT.readValue(golden, type);

        assertThat(STRICT.readTree(STRICT.writeValueAsString(body))).isEqualTo(STRICT.readTree(golden));
    }

    static Stream<Class<?>> populationDatabaseBodies() {
        return Stream.of(RecordDeath.class, DeathRecorded.class, CitizenRecord.class);
    }

    /**
     * Several newborns' numbers in one request, and its answers, one per request in order: a number
     * as the single request's answer carries it, or the problem the request alone would have had,
     * read as it came (its own fields, e.g. {@code code} and {@code parents}, kept).
     */
    @Test
    void aBatchOfAssignmentsAndItsAnswersRoundTrip() throws IOException {
        String requestsGolden = golden("AssignPersonalIdNumbers");
        AssignPersonalIdNumbers batch = STRICT.readValue(requestsGolden, AssignPersonalIdNumbers.class);
        assertThat(STRICT.readTree(STRICT.writeValueAsString(batch))).isEqualTo(STRICT.readTree(requestsGolden));
        assertThat(batch.requests()).extracting(AssignPersonalIdNumber::requestId)
                .containsExactly("0b6f1c2e-8d4a-4f3b-9e21-5a7c3d9e1f01", "0b6f1c2e-8d4a-4f3b-9e21-5a7c3d9e1f02");
        assertThat(batch.requests().get(0).parentsAsDeclared().father())
                .isEqualTo(new ParentsAsDeclared.Person("Điểu Văn Minh", java.time.LocalDate.parse("1995-09-30")));
        assertThat(batch.requests().get(1).confirmedDistinctFrom()).isEqualTo("0753******04");

        String answersGolden = golden("PersonalIdNumberAnswers");
        PersonalIdNumberAnswers answers = STRICT.readValue(answersGolden, PersonalIdNumberAnswers.class);
        assertThat(STRICT.readTree(STRICT.writeValueAsString(answers))).isEqualTo(STRICT.readTree(answersGolden));
        assertThat(answers.answers()).extracting(PersonalIdNumberAnswers.Answer::status).containsExactly(201, 200, 422, 409);
        PersonalIdNumberAnswers.Answer issued = answers.answers().get(0);
        assertThat(issued.assigned()).isEqualTo(new PersonalIdNumberAssigned(issued.requestId(), "075326000104", true,
                java.time.Instant.parse("2026-11-22T01:30:00Z"), true));
        assertThat(issued.problem()).isNull();
        PersonalIdNumberAnswers.Answer differs = answers.answers().get(3);
        assertThat(differs.assigned()).isNull();
        assertThat(differs.problem()).containsEntry("status", 409).containsEntry("code", "PARENT_DATA_DIFFERS")
                .containsKeys("type", "title", "detail", "instance", "errors", "parents");

        PersonalIdNumberAnswers.Answer refused = new PersonalIdNumberAnswers.Answer("r-1", 409, null,
                java.util.Map.of("status", 409, "code", "REQUEST_ID_REUSED"));
        PersonalIdNumberAnswers one = new PersonalIdNumberAnswers(List.of(refused));
        assertThat(STRICT.readValue(STRICT.writeValueAsString(one), PersonalIdNumberAnswers.class)).isEqualTo(one);
    }

    /**
     * A look-up answered before deaths were recorded reads as a living citizen, even by a reader
     * that refuses a missing primitive (Jackson 3's default).
     */
    @Test
    void aCitizenRecordWithoutTheDeathFieldsIsALivingCitizen() throws IOException {
        ObjectNode older = (ObjectNode) STRICT.readTree(golden("CitizenRecord"));
        older.remove(List.of("deceased", "dateOfDeath"));

        CitizenRecord living = STRICT.treeToValue(older, CitizenRecord.class);

        assertThat(living).isEqualTo(new CitizenRecord("070060001122", "Điểu Văn Brơi", living.sex(),
                living.dateOfBirth(), "Xtiêng", "VN", "25450"));
        assertThat(living.deceased()).isFalse();
        assertThat(living.dateOfDeath()).isNull();
    }

    @Test
    void aTypeNameNamesExactlyOneRecord() {
        assertThat(MessageTypes.nameOf(RegisterBirth.class)).isEqualTo("RegisterBirth");
        assertThat(MessageTypes.forName("NoSuchMessage")).isEmpty();
    }

    private static String golden(String typeName) throws IOException {
        try (InputStream in = WireFormatTest.class.getResourceAsStream("/golden/" + typeName + ".json")) {
            assertThat(in).as("golden file for %s", typeName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
