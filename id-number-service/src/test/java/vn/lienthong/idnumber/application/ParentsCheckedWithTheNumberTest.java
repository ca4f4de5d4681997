package vn.lienthong.idnumber.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.idnumber.application.port.in.AssignPersonalIdNumberCommand;
import vn.lienthong.idnumber.domain.AssignmentDecision;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.Commune;
import vn.lienthong.idnumber.domain.DeclaredParents;
import vn.lienthong.idnumber.domain.DeclaredParents.DeclaredPerson;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.ProvinceCode;
import vn.lienthong.idnumber.domain.RandomPartSource;
import vn.lienthong.idnumber.domain.RecordedParent;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.idnumber.domain.Sex;

/** The parents checked in the request for the number: one request per dossier, no check weaker. */
class ParentsCheckedWithTheNumberTest {

    private static final String MOTHER = "070198001234";
    private static final String FATHER = "070095004567";
    private static final DeclaredPerson MOTHER_AS_DECLARED = new DeclaredPerson("Điểu Thị Lan", LocalDate.of(1998, 4, 12));
    private static final DeclaredPerson FATHER_AS_DECLARED = new DeclaredPerson("Điểu Văn Minh", LocalDate.of(1995, 9, 30));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private InMemoryPopulation population;
    private AssignPersonalIdNumberService service;

    @BeforeEach
    void seed() {
        population = new InMemoryPopulation();
        population.add(new Commune("25450", "Xã Bù Gia Mập", new ProvinceCode("075"), "Tỉnh Đồng Nai"));
        population.add(new Citizen(new PersonalIdNumber(MOTHER), "Điểu Thị Lan", Sex.FEMALE, LocalDate.of(1998, 4, 12),
                "Xtiêng", "VN", "25450"));
        population.add(new Citizen(new PersonalIdNumber(FATHER), "Điểu Văn Minh", Sex.MALE, LocalDate.of(1995, 9, 30),
                "Xtiêng", "VN", "25450"));
        service = new AssignPersonalIdNumberService(population, population, population, population,
                RandomPartSource.seeded(1), CLOCK);
    }

    @Test
    void parentsAsRecordedGetTheNumberAndTheAnswerSaysTheyWereChecked() {
        var assigned = (AssignmentDecision.Assigned) service.assign(
                child("r-1", new DeclaredParents(new DeclaredPerson("  điểu  thị LAN ", null), FATHER_AS_DECLARED)));

        assertThat(assigned.newlyIssued()).isTrue();
        assertThat(assigned.parentsChecked()).as("case and spacing do not count; a missing date is not compared").isTrue();
        var again = (AssignmentDecision.Assigned) service.assign(
                child("r-1", new DeclaredParents(new DeclaredPerson("  điểu  thị LAN ", null), FATHER_AS_DECLARED)));
        assertThat(again.newlyIssued()).isFalse();
        assertThat(again.parentsChecked()).isTrue();
        assertThat(again.assignment().number()).isEqualTo(assigned.assignment().number());
    }

    @Test
    void aParentRecordedOtherwiseGetsNoNumberAndEveryParentAsRecorded() {
        var differ = (AssignmentDecision.ParentsDiffer) service.assign(
                child("r-2", new DeclaredParents(new DeclaredPerson("Điểu Thị Lân", LocalDate.of(1998, 4, 12)),
                        FATHER_AS_DECLARED)));

        assertThat(differ.hold().parents()).extracting(RecordedParent::role, RecordedParent::fullName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mother", "Điểu Thị Lan"),
                        org.assertj.core.groups.Tuple.tuple("father", "Điểu Văn Minh"));
        assertThat(population.assignments).as("no number issued").isEmpty();
    }

    @Test
    void anotherDateOfBirthOrADeceasedParentHoldsTheNumberToo() {
        assertThat(service.assign(child("r-3", new DeclaredParents(
                new DeclaredPerson("Điểu Thị Lan", LocalDate.of(1997, 4, 12)), null))))
                .isInstanceOf(AssignmentDecision.ParentsDiffer.class);

        population.add(new Citizen(new PersonalIdNumber(FATHER), "Điểu Văn Minh", Sex.MALE, LocalDate.of(1995, 9, 30),
                "Xtiêng", "VN", "25450", LocalDate.of(2026, 3, 1)));
        var deceased = (AssignmentDecision.ParentsDiffer) service.assign(
                child("r-4", new DeclaredParents(MOTHER_AS_DECLARED, FATHER_AS_DECLARED)));
        assertThat(deceased.hold().parents()).filteredOn(RecordedParent::deceased)
                .extracting(RecordedParent::role).containsExactly("father");
        assertThat(population.assignments).isEmpty();
    }

    @Test
    void theSameRequestGetsTheSameHoldEvenAfterTheRecordIsCorrected() {
        var declared = new DeclaredParents(new DeclaredPerson("Điểu Thị Lân", null), FATHER_AS_DECLARED);
        var first = (AssignmentDecision.ParentsDiffer) service.assign(child("r-5", declared));

        population.add(new Citizen(new PersonalIdNumber(MOTHER), "Điểu Thị Lân", Sex.FEMALE, LocalDate.of(1998, 4, 12),
                "Xtiêng", "VN", "25450"));
        var again = service.assign(child("r-5", declared));

        assertThat(again).isEqualTo(first);
        assertThat(population.assignments).isEmpty();
        assertThat(service.assign(child("r-6", declared))).as("a new request sees the corrected record")
                .isInstanceOf(AssignmentDecision.Assigned.class);
    }

    @Test
    void aRequestIdReusedWithOtherParentsDataIsRecognised() {
        service.assign(child("r-7", new DeclaredParents(new DeclaredPerson("Điểu Thị Lân", null), null)));
        assertThat(service.assign(child("r-7", new DeclaredParents(MOTHER_AS_DECLARED, null))))
                .isInstanceOf(AssignmentDecision.RequestIdReused.class);

        service.assign(child("r-8", new DeclaredParents(MOTHER_AS_DECLARED, FATHER_AS_DECLARED)));
        assertThat(service.assign(child("r-8", null))).as("the same child without the check is another request")
                .isInstanceOf(AssignmentDecision.RequestIdReused.class);
    }

    @Test
    void anUnknownParentIsRefusedBeforeAnyComparison() {
        var command = new AssignPersonalIdNumberCommand("r-9", "Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2),
                "25450", "070198009999", null, "VN", null, null, new DeclaredParents(MOTHER_AS_DECLARED, null));

        var refused = (AssignmentDecision.Refused) service.assign(command);

        assertThat(refused.reasons()).extracting(Refusal::code).containsExactly("MOTHER_NOT_FOUND");
    }

    @Test
    void aCheckNeedsEachDeclaredParentsNameAndAFatherWithHisNumber() {
        var refused = (AssignmentDecision.Refused) service.assign(new AssignPersonalIdNumberCommand("r-10",
                "Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2), "25450", MOTHER, null, "VN", null, null,
                new DeclaredParents(new DeclaredPerson(" ", null), FATHER_AS_DECLARED)));

        assertThat(refused.reasons()).extracting(Refusal::field)
                .containsExactlyInAnyOrder("parentsAsDeclared.mother.fullName", "fatherPersonalIdNumber");
    }

    private static AssignPersonalIdNumberCommand child(String requestId, DeclaredParents parents) {
        return new AssignPersonalIdNumberCommand(requestId, "Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2),
                "25450", MOTHER, parents == null || parents.father() != null ? FATHER : null, "VN", null, null, parents);
    }
}
