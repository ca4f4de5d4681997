package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.contracts.idnumber.ParentsAsDeclared;

/**
 * The request for a number checks the parents too, over HTTP against real PostgreSQL: one request
 * per dossier where there were three, with every check and the request id's answer kept.
 */
class ParentsCheckedWithTheNumberIT extends RunningService {

    private static final String MOTHER = "070198001234";
    private static final String FATHER = "070095004567";
    private static final ParentsAsDeclared.Person MOTHER_AS_DECLARED =
            new ParentsAsDeclared.Person("Điểu Thị Lan", LocalDate.of(1998, 4, 12));
    private static final ParentsAsDeclared.Person FATHER_AS_DECLARED =
            new ParentsAsDeclared.Person("Điểu Văn Minh", LocalDate.of(1995, 9, 30));

    @Test
    void parentsAsRecordedGetTheNumberAndTheAnswerSaysTheyWereChecked() {
        String requestId = UUID.randomUUID().toString();
        Answer first = assign(child(requestId, new ParentsAsDeclared(MOTHER_AS_DECLARED, FATHER_AS_DECLARED)));
        Answer again = assign(child(requestId, new ParentsAsDeclared(MOTHER_AS_DECLARED, FATHER_AS_DECLARED)));

        assertThat(first.code()).isEqualTo(201);
        assertThat(first.body().get("parentsChecked").asBoolean()).isTrue();
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body().get("parentsChecked").asBoolean()).isTrue();
        assertThat(again.body().get("personalIdNumber")).isEqualTo(first.body().get("personalIdNumber"));
    }

    @Test
    void aParentRecordedOtherwiseGetsNoNumberButEveryParentAsRecordedTheSameAnswerEachTime() {
        String requestId = UUID.randomUUID().toString();
        var lan = new ParentsAsDeclared.Person("Điểu Thị Lân", LocalDate.of(1997, 4, 12));
        Answer held = assign(child(requestId, new ParentsAsDeclared(lan, FATHER_AS_DECLARED)));
        Answer again = assign(child(requestId, new ParentsAsDeclared(lan, FATHER_AS_DECLARED)));

        assertThat(held.code()).isEqualTo(409);
        assertThat(held.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(held.body().get("code").asString()).isEqualTo("PARENT_DATA_DIFFERS");
        assertThat(held.fields()).containsExactly("parentsAsDeclared");
        assertThat(held.body().get("parents").valueStream()
                .map(parent -> parent.get("role").asString() + " " + parent.get("fullName").asString() + " "
                        + parent.get("dateOfBirth").asString() + " " + parent.get("deceased").asBoolean()))
                .containsExactly("mother Điểu Thị Lan 1998-04-12 false", "father Điểu Văn Minh 1995-09-30 false");
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.body().get("parents")).isEqualTo(held.body().get("parents"));

        Answer otherData = assign(child(requestId, new ParentsAsDeclared(MOTHER_AS_DECLARED, FATHER_AS_DECLARED)));
        assertThat(otherData.code()).isEqualTo(409);
        assertThat(otherData.body().get("errors").get(0).get("code").asString()).isEqualTo("REQUEST_ID_REUSED");
    }

    @Test
    void anUnknownParentIsStillRefusedNamingTheNumber() {
        Answer refused = assign(new AssignPersonalIdNumber(UUID.randomUUID().toString(), "Điểu Thị Hoa", Sex.FEMALE,
                LocalDate.of(2026, 11, 2), "25450", MOTHER, "079199999999", "VN", null, null,
                new ParentsAsDeclared(MOTHER_AS_DECLARED, FATHER_AS_DECLARED)));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.fields()).containsExactly("fatherPersonalIdNumber");
        assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("FATHER_NOT_FOUND");
    }

    private static AssignPersonalIdNumber child(String requestId, ParentsAsDeclared parents) {
        return new AssignPersonalIdNumber(requestId, Newborns.nameFor(requestId), Sex.FEMALE, LocalDate.of(2026, 11, 2),
                "25450", MOTHER, FATHER, "VN", null, null, parents);
    }
}
