package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumbers;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.contracts.idnumber.ParentsAsDeclared;

/**
 * Several newborns' numbers in one request, over HTTP against real PostgreSQL, as the caller of
 * {@link IdNumberApi#ASSIGN_BATCH} sees it: each request answered, in order, as the single endpoint
 * would have answered it alone, and a batch that is not a list of 1 to {@link IdNumberApi#MAX_BATCH}
 * requests refused whole.
 */
class BatchAssignmentIT extends RunningService {

    private static final String MOTHER = "070198001234";
    private static final String FATHER = "070095004567";
    private static final LocalDate BORN = LocalDate.of(2026, 11, 2);
    private static final ParentsAsDeclared.Person MOTHER_AS_DECLARED =
            new ParentsAsDeclared.Person("Điểu Thị Lan", LocalDate.of(1998, 4, 12));
    private static final ParentsAsDeclared.Person FATHER_AS_DECLARED =
            new ParentsAsDeclared.Person("Điểu Văn Minh", LocalDate.of(1995, 9, 30));

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRequestGetsItsOwnNewNumberInTheOrderSentAndBecomesACitizen() {
        List<AssignPersonalIdNumber> requests = List.of(child(newRequestId()), child(newRequestId()),
                checkingParents(newRequestId()), child(newRequestId()));

        Answer batch = batch(new AssignPersonalIdNumbers(requests));

        assertThat(batch.code()).isEqualTo(200);
        assertThat(batch.headers().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        List<JsonNode> answers = answers(batch);
        assertThat(answers).hasSize(requests.size());
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            JsonNode answer = answers.get(i);
            assertThat(answer.get("requestId").asString()).as("answer %d", i).isEqualTo(requests.get(i).requestId());
            assertThat(answer.get("status").asInt()).as("answer %d", i).isEqualTo(201);
            assertThat(answer.get("problem").isNull()).as("answer %d", i).isTrue();
            JsonNode assigned = answer.get("assigned");
            assertThat(assigned.get("requestId").asString()).isEqualTo(requests.get(i).requestId());
            assertThat(assigned.get("newlyIssued").asBoolean()).isTrue();
            assertThat(assigned.get("issuedAt").asString()).isEqualTo("2026-11-22T01:30:00Z");
            numbers.add(assigned.get("personalIdNumber").asString());
        }
        assertThat(numbers).doesNotHaveDuplicates().allMatch(number -> number.matches("075326\\d{6}"));
        assertThat(answers).extracting(answer -> answer.get("assigned").get("parentsChecked").asBoolean())
                .containsExactly(false, false, true, false);

        for (int i = 0; i < requests.size(); i++) {
            Answer citizen = citizen(numbers.get(i));
            assertThat(citizen.code()).isEqualTo(200);
            assertThat(citizen.body().get("fullName").asString()).isEqualTo(requests.get(i).fullName());
            assertThat(citizen.body().get("sex").asString()).isEqualTo("FEMALE");
            assertThat(citizen.body().get("dateOfBirth").asString()).isEqualTo("2026-11-02");
            assertThat(citizen.body().get("nationality").asString()).isEqualTo("VN");
        }
    }

    @Test
    void theSameBatchAgainGetsTheSameNumbersWith200AndSoDoesEachRequestSentAlone() {
        var batch = new AssignPersonalIdNumbers(List.of(child(newRequestId()), checkingParents(newRequestId()),
                child(newRequestId())));

        List<JsonNode> first = answers(batch(batch));
        Answer again = batch(batch);

        assertThat(again.code()).isEqualTo(200);
        List<JsonNode> repeated = answers(again);
        assertThat(repeated).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).get("status").asInt()).isEqualTo(201);
            assertThat(repeated.get(i).get("status").asInt()).as("answer %d", i).isEqualTo(200);
            assertThat(repeated.get(i).get("requestId")).isEqualTo(first.get(i).get("requestId"));
            JsonNode assigned = repeated.get(i).get("assigned");
            assertThat(assigned.get("newlyIssued").asBoolean()).isFalse();
            assertThat(assigned.get("personalIdNumber")).isEqualTo(first.get(i).get("assigned").get("personalIdNumber"));
            assertThat(assigned.get("issuedAt")).isEqualTo(first.get(i).get("assigned").get("issuedAt"));
            assertThat(assigned.get("parentsChecked")).isEqualTo(first.get(i).get("assigned").get("parentsChecked"));

            Answer alone = assign(batch.requests().get(i));
            assertThat(alone.code()).isEqualTo(200);
            assertThat(alone.body()).isEqualTo(assigned);
        }
    }

    @Test
    void aRefusedRequestGetsTheProblemItWouldHaveHadAloneAndDoesNotHoldBackTheOthers() {
        AssignPersonalIdNumber firstValid = child(newRequestId());
        AssignPersonalIdNumber unknownCommune = new AssignPersonalIdNumber(newRequestId(), "Điểu Thị Hoa", Sex.FEMALE,
                BORN, "99999", MOTHER, FATHER, "VN");
        AssignPersonalIdNumber malformedMother = new AssignPersonalIdNumber(newRequestId(), "Điểu Thị Hoa", Sex.FEMALE,
                BORN, "25450", "07019800123", FATHER, "VN");
        String differsId = newRequestId();
        AssignPersonalIdNumber parentsDiffer = new AssignPersonalIdNumber(differsId, Newborns.nameFor(differsId),
                Sex.FEMALE, BORN, "25450", MOTHER, FATHER, "VN", null, null,
                new ParentsAsDeclared(new ParentsAsDeclared.Person("Điểu Thị Lân", LocalDate.of(1997, 4, 12)),
                        FATHER_AS_DECLARED));
        String numbered = newRequestId();
        String existing = assign(child(numbered)).body().get("personalIdNumber").asString();
        AssignPersonalIdNumber sameChild = new AssignPersonalIdNumber(newRequestId(), Newborns.nameFor(numbered),
                Sex.FEMALE, BORN, "25450", MOTHER, FATHER, "VN");
        AssignPersonalIdNumber lastValid = child(newRequestId());
        List<AssignPersonalIdNumber> requests = List.of(firstValid, unknownCommune, malformedMother, parentsDiffer,
                sameChild, lastValid);

        Answer batch = batch(new AssignPersonalIdNumbers(requests));

        assertThat(batch.code()).isEqualTo(200);
        List<JsonNode> answers = answers(batch);
        assertThat(answers).extracting(answer -> answer.get("requestId").asString())
                .containsExactlyElementsOf(requests.stream().map(AssignPersonalIdNumber::requestId).toList());
        assertThat(answers).extracting(answer -> answer.get("status").asInt()).containsExactly(201, 422, 422, 409, 409, 201);
        for (JsonNode valid : List.of(answers.get(0), answers.get(5))) {
            assertThat(valid.get("assigned").get("personalIdNumber").asString()).matches("075326\\d{6}");
            assertThat(valid.get("problem").isNull()).isTrue();
        }
        assertThat(answers.get(0).get("assigned").get("personalIdNumber"))
                .isNotEqualTo(answers.get(5).get("assigned").get("personalIdNumber"));
        for (JsonNode refused : answers.subList(1, 5)) {
            assertThat(refused.get("assigned").isNull()).isTrue();
            assertThat(refused.get("problem").get("status").asInt()).isEqualTo(refused.get("status").asInt());
        }

        JsonNode commune = answers.get(1).get("problem");
        assertThat(fields(commune)).containsExactly("registrationCommuneCode");
        assertThat(commune.get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_COMMUNE");
        assertThat(commune.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ / Invalid request");
        assertThat(commune.get("type").asString()).isEqualTo("urn:lienthong:problem:invalid-content");

        JsonNode mother = answers.get(2).get("problem");
        assertThat(fields(mother)).containsExactly("motherPersonalIdNumber");
        assertThat(mother.get("errors").get(0).get("code").asString()).isEqualTo("INVALID_PERSONAL_ID_NUMBER");

        JsonNode differs = answers.get(3).get("problem");
        assertThat(differs.get("code").asString()).isEqualTo("PARENT_DATA_DIFFERS");
        assertThat(fields(differs)).containsExactly("parentsAsDeclared");
        assertThat(differs.get("parents").valueStream()
                .map(parent -> parent.get("role").asString() + " " + parent.get("fullName").asString() + " "
                        + parent.get("dateOfBirth").asString() + " " + parent.get("deceased").asBoolean()))
                .containsExactly("mother Điểu Thị Lan 1998-04-12 false", "father Điểu Văn Minh 1995-09-30 false");

        JsonNode duplicate = answers.get(4).get("problem");
        assertThat(duplicate.get("code").asString()).isEqualTo("POSSIBLE_DUPLICATE_CITIZEN");
        assertThat(duplicate.get("errors").get(0).get("code").asString()).isEqualTo("POSSIBLE_DUPLICATE_CITIZEN");
        assertThat(duplicate.get("existingPersonalIdNumber").asString())
                .isEqualTo(existing.substring(0, 4) + "******" + existing.substring(10));
        assertThat(duplicate.get("matchedFields").valueStream().map(JsonNode::asString))
                .containsExactly("motherPersonalIdNumber", "fullName", "sex", "dateOfBirth");

        // The very same requests sent alone: the same status and the same problem, field for field.
        for (int i = 1; i < 5; i++) {
            Answer alone = assign(requests.get(i));
            assertThat(alone.code()).as("request %d alone", i).isEqualTo(answers.get(i).get("status").asInt());
            assertThat(alone.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answers.get(i).get("problem")).as("request %d's problem in the batch and alone", i)
                    .isEqualTo(alone.body());
        }
    }

    @Test
    void aRequestIdUsedBeforeWithOtherDataIsAConflictForThatRequestOnly() {
        String reused = newRequestId();
        String number = assign(child(reused)).body().get("personalIdNumber").asString();
        AssignPersonalIdNumber otherData = new AssignPersonalIdNumber(reused, "Điểu Văn Hòa", Sex.MALE, BORN, "25450",
                MOTHER, FATHER, "VN");
        AssignPersonalIdNumber before = child(newRequestId());
        AssignPersonalIdNumber after = child(newRequestId());

        List<JsonNode> answers = answers(batch(new AssignPersonalIdNumbers(List.of(before, otherData, after))));

        assertThat(answers).extracting(answer -> answer.get("status").asInt()).containsExactly(201, 409, 201);
        JsonNode conflict = answers.get(1);
        assertThat(conflict.get("requestId").asString()).isEqualTo(reused);
        assertThat(conflict.get("assigned").isNull()).isTrue();
        assertThat(fields(conflict.get("problem"))).containsExactly("requestId");
        assertThat(conflict.get("problem").get("errors").get(0).get("code").asString()).isEqualTo("REQUEST_ID_REUSED");
        assertThat(conflict.get("problem").get("title").asString()).isEqualTo("Xung đột / Conflict");
        assertThat(conflict.get("problem")).isEqualTo(assign(otherData).body());
        Answer original = assign(child(reused));
        assertThat(original.code()).as("the request id keeps its first data and number").isEqualTo(200);
        assertThat(original.body().get("personalIdNumber").asString()).isEqualTo(number);
    }

    @Test
    void oneRequestIdTwiceInOneBatchGetsOneNumberNewThenRepeated() {
        AssignPersonalIdNumber request = child(newRequestId());

        List<JsonNode> answers = answers(batch(new AssignPersonalIdNumbers(List.of(request, request))));

        assertThat(answers).extracting(answer -> answer.get("status").asInt()).containsExactly(201, 200);
        assertThat(answers.get(1).get("assigned").get("personalIdNumber"))
                .isEqualTo(answers.get(0).get("assigned").get("personalIdNumber"));
    }

    @Test
    void aFullBatchIsServed() {
        List<AssignPersonalIdNumber> requests = new ArrayList<>();
        for (int i = 0; i < IdNumberApi.MAX_BATCH; i++) {
            requests.add(i % 2 == 0 ? child(newRequestId()) : checkingParents(newRequestId()));
        }

        Answer batch = batch(new AssignPersonalIdNumbers(requests));

        assertThat(batch.code()).as("%s", batch.body()).isEqualTo(200);
        List<JsonNode> answers = answers(batch);
        assertThat(answers).hasSize(IdNumberApi.MAX_BATCH)
                .allSatisfy(answer -> assertThat(answer.get("status").asInt()).isEqualTo(201));
        assertThat(answers).extracting(answer -> answer.get("requestId").asString())
                .containsExactlyElementsOf(requests.stream().map(AssignPersonalIdNumber::requestId).toList());
        assertThat(answers).extracting(answer -> answer.get("assigned").get("personalIdNumber").asString())
                .doesNotHaveDuplicates();
    }

    /** The database's transaction id that wrote each of these newborns' citizen rows. */
    private List<String> writtenBy(List<String> numbers) {
        return numbers.stream().map(number -> jdbc.sql("select xmin::text from citizen where personal_id_number = ?")
                .param(number).query(String.class).single()).toList();
    }

    @Test
    void aBatchIsRecordedInOneTransactionAndTheSameNewbornTwiceIsNumberedForTheRequestGivenFirst() {
        AssignPersonalIdNumber first = child(newRequestId());
        AssignPersonalIdNumber sameNewborn = new AssignPersonalIdNumber(newRequestId(), first.fullName(), Sex.FEMALE,
                BORN, "25450", MOTHER, FATHER, "VN");
        List<AssignPersonalIdNumber> requests = List.of(child(newRequestId()), first, child(newRequestId()),
                sameNewborn, checkingParents(newRequestId()));

        List<JsonNode> answers = answers(batch(new AssignPersonalIdNumbers(requests)));

        assertThat(answers).extracting(answer -> answer.get("status").asInt()).containsExactly(201, 201, 201, 409, 201);
        List<String> numbers = answers.stream().filter(answer -> answer.get("status").asInt() == 201)
                .map(answer -> answer.get("assigned").get("personalIdNumber").asString()).toList();
        String firstNumber = answers.get(1).get("assigned").get("personalIdNumber").asString();
        assertThat(answers.get(3).get("problem").get("existingPersonalIdNumber").asString())
                .isEqualTo(firstNumber.substring(0, 4) + "******" + firstNumber.substring(10));
        assertThat(writtenBy(numbers)).as("the transactions that wrote the batch's newborns").hasSize(4)
                .containsOnly(writtenBy(numbers).get(0));
    }

    /**
     * A request the database fails on (here a trigger that refuses one newborn's row) would take the
     * batch's transaction with it: the batch is then served again request by request, each in its
     * own transaction, so the others are answered and kept as if the failing one were not there.
     */
    @Test
    void aRequestTheDatabaseFailsOnFailsAloneAndTheOthersAreStillAnsweredAndKept() {
        AssignPersonalIdNumber failing = child(newRequestId());
        List<AssignPersonalIdNumber> requests = List.of(child(newRequestId()), failing, child(newRequestId()));
        jdbc.sql("""
                create function refuse_one_newborn() returns trigger language plpgsql as $$
                begin
                    if new.full_name = '%s' then
                        raise exception 'refused by the test';
                    end if;
                    return new;
                end $$""".formatted(failing.fullName())).update();
        jdbc.sql("""
                create trigger refuse_one_newborn before insert on citizen
                    for each row execute function refuse_one_newborn()""").update();
        List<JsonNode> answers;
        try {
            answers = answers(batch(new AssignPersonalIdNumbers(requests)));
        } finally {
            jdbc.sql("drop trigger refuse_one_newborn on citizen").update();
            jdbc.sql("drop function refuse_one_newborn()").update();
        }

        assertThat(answers).extracting(answer -> answer.get("status").asInt()).containsExactly(201, 500, 201);
        JsonNode failed = answers.get(1);
        assertThat(failed.get("requestId").asString()).isEqualTo(failing.requestId());
        assertThat(failed.get("problem").get("status").asInt()).isEqualTo(500);
        assertThat(failed.get("problem").get("detail").asString()).startsWith("Không xử lý được yêu cầu này");
        List<String> numbers = List.of(answers.get(0).get("assigned").get("personalIdNumber").asString(),
                answers.get(2).get("assigned").get("personalIdNumber").asString());
        assertThat(numbers).allSatisfy(number -> assertThat(citizen(number).code()).isEqualTo(200));
        assertThat(writtenBy(numbers)).as("each kept in a transaction of its own").doesNotHaveDuplicates();
        Answer again = assign(failing);
        assertThat(again.code()).as("%s", again.body()).isEqualTo(201);
    }

    @Test
    void aBatchWithoutRequestsWithNoneOrWithTooManyIsRefusedWholeNamingRequests() {
        List<AssignPersonalIdNumber> tooMany = new ArrayList<>();
        for (int i = 0; i <= IdNumberApi.MAX_BATCH; i++) {
            tooMany.add(child(newRequestId()));
        }

        for (Object body : List.of("{}", "{\"requests\": null}", new AssignPersonalIdNumbers(List.of()),
                new AssignPersonalIdNumbers(tooMany))) {
            Answer refused = batch(body);

            String what = body instanceof String text ? text : "requests: " + ((AssignPersonalIdNumbers) body).requests().size();
            assertThat(refused.code()).as(what).isEqualTo(422);
            assertThat(refused.headers().getContentType()).as(what).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.fields()).as(what).containsExactly("requests");
            assertThat(refused.body().has("answers")).as(what).isFalse();
        }
        Answer first = assign(tooMany.get(0));
        assertThat(first.code()).as("nothing of a refused batch is assigned").isEqualTo(201);
    }

    @Test
    void aMissingRequestInTheBatchIsNamedByItsPlaceAndNothingIsAssigned() {
        AssignPersonalIdNumber valid = child(newRequestId());

        Answer refused = batch(new AssignPersonalIdNumbers(Arrays.asList(valid, null, child(newRequestId()), null)));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.fields()).containsExactly("requests[1]", "requests[3]");
        assertThat(refused.body().get("errors").valueStream().map(error -> error.get("code").asString()))
                .containsOnly("REQUIRED");
        assertThat(assign(valid).code()).as("nothing of a refused batch is assigned").isEqualTo(201);
    }

    /**
     * A value that does not fit its type cannot be read into a request at all, so the batch cannot be
     * read either: it is refused whole, the value named by its place in the batch.
     */
    @Test
    void aValueOfTheWrongKindInOneRequestRefusesTheBatchNamingItsPlace() {
        AssignPersonalIdNumber valid = child(newRequestId());
        Answer refused = batch("""
                {"requests": [
                  {"requestId": "%s", "fullName": "%s", "sex": "FEMALE", "dateOfBirth": "2026-11-02",
                   "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234",
                   "fatherPersonalIdNumber": "070095004567", "nationality": "VN"},
                  {"requestId": "%s", "fullName": "Điểu Thị Hoa", "sex": "GIRL", "dateOfBirth": "2026-11-02",
                   "registrationCommuneCode": "25450", "motherPersonalIdNumber": "070198001234"}]}"""
                .formatted(valid.requestId(), valid.fullName(), newRequestId()));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.fields()).containsExactly("requests[1].sex");
        assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("INVALID_FIELD");
        assertThat(assign(valid).code()).as("nothing of a refused batch is assigned").isEqualTo(201);
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        Answer unreadable = batch("{\"requests\": [");

        assertThat(unreadable.code()).isEqualTo(400);
        assertThat(unreadable.body().get("detail").asString()).contains("JSON");
    }

    private Answer batch(Object body) {
        return http().post().uri(IdNumberApi.ASSIGN_BATCH).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.getHeaders(),
                        response.bodyTo(JsonNode.class)));
    }

    private static List<JsonNode> answers(Answer batch) {
        assertThat(batch.code()).as("%s", batch.body()).isEqualTo(200);
        return batch.body().get("answers").valueStream().toList();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    /** A sister of the example child, born the same day, with a name of her own for each request id. */
    private static AssignPersonalIdNumber child(String requestId) {
        return new AssignPersonalIdNumber(requestId, Newborns.nameFor(requestId), Sex.FEMALE, BORN, "25450", MOTHER,
                FATHER, "VN");
    }

    /** As {@link #child}, asking for the parents' check with both parents as recorded. */
    private static AssignPersonalIdNumber checkingParents(String requestId) {
        return new AssignPersonalIdNumber(requestId, Newborns.nameFor(requestId), Sex.FEMALE, BORN, "25450", MOTHER,
                FATHER, "VN", null, null, new ParentsAsDeclared(MOTHER_AS_DECLARED, FATHER_AS_DECLARED));
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
