package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.idnumber.domain.ChildIdentity;

/**
 * One child, one number, over HTTP and in real PostgreSQL: a second request for a child already
 * numbered is a 409 problem for an officer, and nothing is recorded for it. Each test asks for a
 * child of its own, born on a day no other test uses.
 */
class SameChildIT extends RunningService {

    private static final String MOTHER = "070198001234";
    private static final String FATHER = "070095004567";
    private static final LocalDate BORN = LocalDate.of(2026, 10, 15);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondRequestForTheSameChildIsAConflictProblemNamingTheMaskedNumberAndTheMatchedFields() {
        Answer first = assign(child(newRequestId(), "Lê Thị Mai"));
        String number = first.body().get("personalIdNumber").asString();
        String secondRequest = newRequestId();

        Answer second = assign(child(secondRequest, "  LÊ  thị   MAI "));

        assertThat(first.code()).isEqualTo(201);
        assertThat(second.code()).isEqualTo(409);
        assertThat(second.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = second.body();
        assertThat(problem.get("code").asString()).isEqualTo("POSSIBLE_DUPLICATE_CITIZEN");
        assertThat(problem.get("existingPersonalIdNumber").asString())
                .isEqualTo(number.substring(0, 4) + "******" + number.substring(10));
        assertThat(problem.get("matchedFields").valueStream().map(JsonNode::asString))
                .containsExactly("motherPersonalIdNumber", "fullName", "sex", "dateOfBirth");
        assertThat(problem.get("title").asString()).isEqualTo("Có thể trùng công dân đã có / Possible duplicate citizen");
        assertThat(problem.get("detail").asString()).startsWith("Trẻ trùng").contains(" / The child has the same mother");
        assertThat(problem.get("detail").asString()).doesNotContain(number);
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("POSSIBLE_DUPLICATE_CITIZEN");
        assertThat(numbersOf("Lê Thị Mai")).containsExactly(number);

        Answer again = assign(child(secondRequest, "  LÊ  thị   MAI "));
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.body()).isEqualTo(problem);
    }

    @Test
    void aNameTypedWithCombiningMarksIsTheSameChild() {
        Answer first = assign(child(newRequestId(), "Nguyễn Thị Ánh"));

        Answer nfd = assign(child(newRequestId(), Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD)));
        Answer withoutDiacritics = assign(child(newRequestId(), "Nguyen Thi Anh"));

        assertThat(first.code()).isEqualTo(201);
        assertThat(nfd.code()).isEqualTo(409);
        assertThat(withoutDiacritics.code()).as("another name").isEqualTo(201);
        assertThat(numbersOf("Nguyễn Thị Ánh")).hasSize(1);
    }

    @Test
    void anOfficersReviewUnderANewRequestIdNumbersASameNamedTwinAndIsRecorded() {
        String number = assign(child(newRequestId(), "Phạm Thị Thu")).body().get("personalIdNumber").asString();
        String refusedRequest = newRequestId();
        String masked = assign(child(refusedRequest, "Phạm Thị Thu")).body().get("existingPersonalIdNumber").asString();

        Answer sameId = assign(reviewed(refusedRequest, "Phạm Thị Thu", masked));
        String reviewedRequest = newRequestId();
        Answer twin = assign(reviewed(reviewedRequest, "Phạm Thị Thu", masked));

        assertThat(sameId.code()).as("a review changes the request: it needs its own request id").isEqualTo(409);
        assertThat(sameId.body().get("errors").get(0).get("code").asString()).isEqualTo("REQUEST_ID_REUSED");
        assertThat(twin.code()).isEqualTo(201);
        String twinsNumber = twin.body().get("personalIdNumber").asString();
        assertThat(twinsNumber).isNotEqualTo(number).matches("075326\\d{6}");
        assertThat(numbersOf("Phạm Thị Thu")).containsExactlyInAnyOrder(number, twinsNumber);
        var override = jdbc.sql("""
                        select duplicate_reviewed_by, confirmed_distinct_from from personal_id_number_assignment
                        where request_id = ?""")
                .param(reviewedRequest)
                .query((row, n) -> List.of(row.getString(1), row.getString(2)))
                .single();
        assertThat(override).containsExactly("cb-25450-01", number);
        assertThat(assign(reviewed(reviewedRequest, "Phạm Thị Thu", masked)).code()).isEqualTo(200);
    }

    /** Eight requests at once for each of eight children: a lost race would show in any of them. */
    @Test
    void requestsForOneChildUnderDifferentRequestIdsAtTheSameMomentGetExactlyOneNumber() throws Exception {
        for (String name : List.of("Võ Thị Lệ", "Võ Thị Lan", "Võ Thị Liên", "Võ Thị Linh", "Võ Thị Loan",
                "Võ Thị Lụa", "Võ Thị Ly", "Võ Thị Lý")) {
            var start = new CountDownLatch(1);
            List<Callable<Answer>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String requestId = newRequestId();
                requests.add(() -> {
                    start.await();
                    return assign(child(requestId, name));
                });
            }

            List<Answer> answers = runConcurrently(requests, start);

            assertThat(answers).as(name).extracting(Answer::code).containsOnly(201, 409).containsOnlyOnce(201);
            String number = answers.stream().filter(a -> a.code() == 201).findFirst().orElseThrow()
                    .body().get("personalIdNumber").asString();
            assertThat(answers).filteredOn(a -> a.code() == 409)
                    .allSatisfy(a -> assertThat(a.body().get("existingPersonalIdNumber").asString())
                            .isEqualTo(number.substring(0, 4) + "******" + number.substring(10)));
            assertThat(numbersOf(name)).containsExactly(number);
        }
    }

    /** Rows recorded before the rule got their name key from the migration's SQL function. */
    @Test
    void theDatabasesNameKeyIsTheServicesForVietnameseNames() {
        List<String> names = List.of("Điểu Thị Hoa", Normalizer.normalize("ĐIỂU  THỊ\tHOA", Normalizer.Form.NFD),
                " Đào\u00a0Văn  Ánh ", "Dao Van Anh", "Nguyễn Ngọc Ẩn", "K'Bròi Thị Ữ", "Y Đhăm Ayŭn");

        for (String name : names) {
            String inDatabase = jdbc.sql("select same_child_name_key(?)").param(name).query(String.class).single();
            assertThat(inDatabase).as("key of %s", name).isEqualTo(ChildIdentity.nameKey(name));
        }
    }

    private List<String> numbersOf(String fullName) {
        return jdbc.sql("""
                        select personal_id_number from personal_id_number_assignment
                        where mother_personal_id_number = ? and date_of_birth = ? and child_name_key = ?""")
                .params(MOTHER, BORN, ChildIdentity.nameKey(fullName))
                .query(String.class)
                .list();
    }

    private static AssignPersonalIdNumber child(String requestId, String fullName) {
        return new AssignPersonalIdNumber(requestId, fullName, Sex.FEMALE, BORN, "25450", MOTHER, FATHER, "VN");
    }

    private static AssignPersonalIdNumber reviewed(String requestId, String fullName, String distinctFrom) {
        return new AssignPersonalIdNumber(requestId, fullName, Sex.FEMALE, BORN, "25450", MOTHER, FATHER, "VN",
                distinctFrom, "cb-25450-01");
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    private static List<Answer> runConcurrently(List<Callable<Answer>> requests, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Answer>> pending = new ArrayList<>();
            for (Callable<Answer> request : requests) {
                pending.add(pool.submit(request));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
