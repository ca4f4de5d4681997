package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;

/** The service as the civil-status software sees it: numbers over HTTP, kept in real PostgreSQL. */
class IdNumberServiceIT extends RunningService {

    private static final String MOTHER = "070198001234";
    private static final String FATHER = "070095004567";

    @Test
    void theExampleChildGetsANumberOfItsProvinceSexAndYearAndBecomesACitizen() {
        Answer answer = assign(theExampleChild(newRequestId()));

        assertThat(answer.code()).isEqualTo(201);
        String number = answer.body().get("personalIdNumber").asString();
        assertThat(number).matches("075326\\d{6}");
        assertThat(answer.body().get("newlyIssued").asBoolean()).isTrue();
        assertThat(answer.body().get("issuedAt").asString()).isEqualTo("2026-11-22T01:30:00Z");
        assertThat(answer.headers().getLocation()).hasToString("/api/v1/citizens/" + number);

        JsonNode newborn = citizen(number).body();
        assertThat(newborn.get("fullName").asString()).isEqualTo("Điểu Thị Hoa");
        assertThat(newborn.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(newborn.get("dateOfBirth").asString()).isEqualTo("2026-11-02");
        assertThat(newborn.get("nationality").asString()).isEqualTo("VN");
    }

    @Test
    void theSameRequestAgainGetsTheSameNumberWith200() {
        String requestId = newRequestId();
        Answer first = assign(exampleChild(requestId));
        Answer again = assign(exampleChild(requestId));

        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body().get("newlyIssued").asBoolean()).isFalse();
        assertThat(again.body().get("personalIdNumber")).isEqualTo(first.body().get("personalIdNumber"));
        assertThat(again.body().get("issuedAt")).isEqualTo(first.body().get("issuedAt"));
    }

    @Test
    void theSameRequestIdWithOtherDataIsAConflictProblem() {
        String requestId = newRequestId();
        assign(exampleChild(requestId));

        Answer conflict = assign(new AssignPersonalIdNumber(requestId, "Điểu Văn Hòa", Sex.MALE,
                LocalDate.of(2026, 11, 2), "25450", MOTHER, FATHER, "VN"));

        assertThat(conflict.code()).isEqualTo(409);
        assertThat(conflict.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(conflict.fields()).containsExactly("requestId");
        assertThat(conflict.body().get("errors").get(0).get("code").asString()).isEqualTo("REQUEST_ID_REUSED");
    }

    @Test
    void anUnknownMotherIsRefusedNamingTheMothersNumber() {
        Answer refused = assign(new AssignPersonalIdNumber(newRequestId(), "Trần Thị Mai", Sex.FEMALE,
                LocalDate.of(2026, 11, 1), "26734", "079199999999", null, "VN"));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.fields()).containsExactly("motherPersonalIdNumber");
        JsonNode error = refused.body().get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("MOTHER_NOT_FOUND");
        assertThat(error.get("message").asString()).startsWith("Không tìm thấy người mẹ");
        assertThat(error.get("messageEn").asString()).contains("mother");
    }

    @Test
    void aDateOfBirthAfterTodayIsRefusedNamingIt() {
        Answer refused = assign(new AssignPersonalIdNumber(newRequestId(), "Điểu Thị Hoa", Sex.FEMALE,
                LocalDate.of(2026, 11, 23), "25450", MOTHER, FATHER, "VN"));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.fields()).containsExactly("dateOfBirth");
        assertThat(refused.body().get("title").asString()).isEqualTo("Dữ liệu không hợp lệ / Invalid request");
        assertThat(refused.body().get("detail").asString()).startsWith("Ngày sinh").contains(" / The date of birth");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        Answer refused = assign("""
                {"fullName": " ", "sex": "FEMALE", "dateOfBirth": "1899-12-31", "registrationCommuneCode": "99999",
                 "motherPersonalIdNumber": "07019800123", "fatherPersonalIdNumber": "075095123456"}""");

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.fields()).containsExactlyInAnyOrder("requestId", "fullName", "dateOfBirth",
                "registrationCommuneCode", "motherPersonalIdNumber", "fatherPersonalIdNumber");
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("code").asString()))
                .contains("DATE_OF_BIRTH_OUT_OF_RANGE", "UNKNOWN_COMMUNE", "INVALID_PERSONAL_ID_NUMBER", "FATHER_NOT_FOUND");
    }

    @Test
    void aValueOfTheWrongKindIsNamedAndJsonThatCannotBeReadIsABadRequest() {
        Answer badSex = assign("""
                {"requestId": "x", "fullName": "Điểu Thị Hoa", "sex": "GIRL", "dateOfBirth": "2026-11-02",
                 "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234"}""");
        Answer badDate = assign("""
                {"requestId": "x", "fullName": "Điểu Thị Hoa", "sex": "FEMALE", "dateOfBirth": "2026-02-30",
                 "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234"}""");
        Answer unreadable = assign("{\"requestId\": ");

        assertThat(badSex.code()).isEqualTo(422);
        assertThat(badSex.fields()).containsExactly("sex");
        assertThat(badDate.code()).isEqualTo(422);
        assertThat(badDate.fields()).containsExactly("dateOfBirth");
        assertThat(unreadable.code()).isEqualTo(400);
        assertThat(unreadable.body().get("detail").asString()).contains("JSON");
    }

    @Test
    void fieldsAddedToTheContractLaterAreIgnored() {
        String requestId = newRequestId();
        Answer answer = assign("""
                {"requestId": "%s", "fullName": "%s", "sex": "FEMALE", "dateOfBirth": "2026-11-02",
                 "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234",
                 "ethnicity": "Xtiêng", "placeOfBirth": {"communeCode": "25450"}}"""
                .formatted(requestId, Newborns.nameFor(requestId)));

        assertThat(answer.code()).isEqualTo(201);
    }

    @Test
    void fiveHundredNewbornsGetFiveHundredDifferentNumbers() throws Exception {
        List<Callable<Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String requestId = newRequestId();
            requests.add(() -> assign(exampleChild(requestId)));
        }
        Set<String> numbers = new HashSet<>();
        for (Answer answer : runConcurrently(requests)) {
            assertThat(answer.code()).isEqualTo(201);
            numbers.add(answer.body().get("personalIdNumber").asString());
        }

        assertThat(numbers).hasSize(500).allMatch(number -> number.matches("075326\\d{6}"));
    }

    @Test
    void concurrentCopiesOfOneRequestGetOneNumber() throws Exception {
        String requestId = newRequestId();
        List<Callable<Answer>> copies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            copies.add(() -> assign(exampleChild(requestId)));
        }

        List<Answer> answers = runConcurrently(copies);

        assertThat(answers).extracting(Answer::code).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers).extracting(answer -> answer.body().get("personalIdNumber").asString()).containsOnly(
                answers.get(0).body().get("personalIdNumber").asString());
    }

    @Test
    void aCitizenIsFoundByNumberAMalformedNumberIsNamedAndAnUnknownOneIsNotFound() {
        Answer mother = citizen(MOTHER);
        assertThat(mother.code()).isEqualTo(200);
        assertThat(mother.body().get("fullName").asString()).isEqualTo("Điểu Thị Lan");
        assertThat(mother.body().get("dateOfBirth").asString()).isEqualTo("1998-04-12");
        assertThat(mother.body().get("ethnicity").asString()).isEqualTo("Xtiêng");
        assertThat(mother.body().get("permanentResidenceCommuneCode").asString()).isEqualTo("25450");

        Answer malformed = citizen("07019800123x");
        assertThat(malformed.code()).isEqualTo(400);
        assertThat(malformed.fields()).containsExactly("personalIdNumber");

        Answer unknown = citizen("001099999999");
        assertThat(unknown.code()).isEqualTo(404);
        assertThat(unknown.body().get("title").asString()).isEqualTo("Không tìm thấy / Not found");
    }

    /** The portal example's child: only one test asks for her, see {@link Newborns}. */
    private static AssignPersonalIdNumber theExampleChild(String requestId) {
        return new AssignPersonalIdNumber(requestId, "Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2), "25450",
                MOTHER, FATHER, "VN");
    }

    /** A sister of the example child, born the same day, with a name of her own for each request id. */
    private static AssignPersonalIdNumber exampleChild(String requestId) {
        return new AssignPersonalIdNumber(requestId, Newborns.nameFor(requestId), Sex.FEMALE, LocalDate.of(2026, 11, 2),
                "25450", MOTHER, FATHER, "VN");
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    private static List<Answer> runConcurrently(List<Callable<Answer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pool.invokeAll(requests)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
