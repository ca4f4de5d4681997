package vn.lienthong.idnumber.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.ProvinceCode;
import vn.lienthong.idnumber.domain.RandomPartSource;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.idnumber.domain.Sex;

class AssignPersonalIdNumberServiceTest {

    private static final String MOTHER = "070198001234";
    private static final String FATHER = "070095004567";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private InMemoryPopulation population;
    private AssignPersonalIdNumberService service;

    @BeforeEach
    void seed() {
        population = new InMemoryPopulation();
        population.add(new Commune("25450", "Xã Bù Gia Mập", new ProvinceCode("075"), "Tỉnh Đồng Nai"));
        population.add(new Commune("00004", "Phường Ba Đình", new ProvinceCode("001"), "Thành phố Hà Nội"));
        population.add(new Citizen(new PersonalIdNumber(MOTHER), "Điểu Thị Lan", Sex.FEMALE, LocalDate.of(1998, 4, 12),
                "Xtiêng", "VN", "25450"));
        population.add(new Citizen(new PersonalIdNumber(FATHER), "Điểu Văn Minh", Sex.MALE, LocalDate.of(1995, 9, 30),
                "Xtiêng", "VN", "25450"));
        service = new AssignPersonalIdNumberService(population, population, population, population,
                RandomPartSource.seeded(1), CLOCK);
    }

    @Test
    void theExampleChildGetsANumberOfProvince075FemaleBornIn26AndBecomesACitizen() {
        var assigned = (AssignmentDecision.Assigned) service.assign(exampleChild("dossier-1"));

        PersonalIdNumber number = assigned.assignment().number();
        assertThat(assigned.newlyIssued()).isTrue();
        assertThat(number.value()).matches("075326\\d{6}");
        assertThat(assigned.assignment().issuedAt()).isEqualTo(Instant.parse("2026-11-22T01:30:00Z"));
        Citizen newborn = service.find(number).orElseThrow();
        assertThat(newborn.fullName()).isEqualTo("Điểu Thị Hoa");
        assertThat(newborn.dateOfBirth()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(newborn.nationality()).isEqualTo("VN");
    }

    @Test
    void theRegistrationCommuneGivesTheProvinceAndAMaleBornIn1999Gets0And99() {
        var command = new AssignPersonalIdNumberCommand("late-1", "Nguyễn Văn An", Sex.MALE, LocalDate.of(1999, 5, 1),
                "00004", MOTHER, null, "VN");

        var assigned = (AssignmentDecision.Assigned) service.assign(command);

        assertThat(assigned.assignment().number().value()).matches("001099\\d{6}");
    }

    @Test
    void theSameRequestAgainGetsTheSameNumberWithoutANewOne() {
        var first = (AssignmentDecision.Assigned) service.assign(exampleChild("dossier-1"));
        var again = (AssignmentDecision.Assigned) service.assign(exampleChild("dossier-1"));

        assertThat(again.newlyIssued()).isFalse();
        assertThat(again.assignment()).isEqualTo(first.assignment());
        assertThat(population.assignments).hasSize(1);
    }

    @Test
    void theSameRequestIdWithOtherDataIsAConflict() {
        service.assign(exampleChild("dossier-1"));

        var other = new AssignPersonalIdNumberCommand("dossier-1", "Điểu Văn Hòa", Sex.MALE, LocalDate.of(2026, 11, 2),
                "25450", MOTHER, FATHER, "VN");

        assertThat(service.assign(other)).isEqualTo(new AssignmentDecision.RequestIdReused("dossier-1"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var command = new AssignPersonalIdNumberCommand(" ", "", null, LocalDate.of(2026, 11, 23), "99999",
                "0701980012", "07009500456x", null);

        var refused = (AssignmentDecision.Refused) service.assign(command);

        assertThat(refused.reasons()).extracting(Refusal::field, Refusal::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("requestId", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("fullName", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("sex", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("dateOfBirth", "DATE_OF_BIRTH_IN_FUTURE"),
                org.assertj.core.groups.Tuple.tuple("motherPersonalIdNumber", "INVALID_PERSONAL_ID_NUMBER"),
                org.assertj.core.groups.Tuple.tuple("fatherPersonalIdNumber", "INVALID_PERSONAL_ID_NUMBER"),
                org.assertj.core.groups.Tuple.tuple("registrationCommuneCode", "UNKNOWN_COMMUNE"));
        assertThat(refused.reasons()).allSatisfy(reason -> {
            assertThat(reason.messageVi()).isNotBlank();
            assertThat(reason.messageEn()).isNotBlank();
        });
        assertThat(population.recordCalls).isZero();
    }

    @Test
    void parentsMustBeInThePopulationDatabase() {
        var command = new AssignPersonalIdNumberCommand("dossier-2", "Trần Thị Mai", Sex.FEMALE, LocalDate.of(2026, 11, 1),
                "25450", "075199123456", "075095123456", "VN");

        var refused = (AssignmentDecision.Refused) service.assign(command);

        assertThat(refused.reasons()).extracting(Refusal::code).containsExactly("MOTHER_NOT_FOUND", "FATHER_NOT_FOUND");
    }

    @Test
    void theYearOfBirthMustHaveACenturyCodeAndAMissingDateIsNamed() {
        var tooEarly = new AssignPersonalIdNumberCommand("old", "Lê Văn Cổ", Sex.MALE, LocalDate.of(1899, 12, 31),
                "25450", MOTHER, null, null);
        var noDate = new AssignPersonalIdNumberCommand("none", "Lê Văn Cổ", Sex.MALE, null, "25450", MOTHER, null, null);

        assertThat(((AssignmentDecision.Refused) service.assign(tooEarly)).reasons()).extracting(Refusal::code)
                .containsExactly("DATE_OF_BIRTH_OUT_OF_RANGE");
        assertThat(((AssignmentDecision.Refused) service.assign(noDate)).reasons()).extracting(Refusal::field)
                .containsExactly("dateOfBirth");
    }

    @Test
    void aBlankFatherIsAnUnknownFatherAndABlankNationalityIsVietnamese() {
        var command = new AssignPersonalIdNumberCommand(" dossier-3 ", " Điểu Thị Hoa ", Sex.FEMALE,
                LocalDate.of(2026, 11, 2), "25450", MOTHER, "  ", " ");

        var assigned = (AssignmentDecision.Assigned) service.assign(command);

        assertThat(assigned.assignment().requestId()).isEqualTo("dossier-3");
        assertThat(assigned.assignment().declaration().father()).isNull();
        assertThat(assigned.assignment().declaration().fullName()).isEqualTo("Điểu Thị Hoa");
        assertThat(assigned.assignment().declaration().nationality()).isEqualTo("VN");
    }

    @Test
    void aDrawThatHitsATakenNumberIsFollowedByAnother() {
        int firstDraw = RandomPartSource.seeded(1).drawsFor("dossier-1").getAsInt();
        var taken = PersonalIdNumber.forBirth(new ProvinceCode("075"), Sex.FEMALE, LocalDate.of(2026, 11, 2), firstDraw);
        population.add(new Citizen(taken, "Người khác", Sex.FEMALE, LocalDate.of(2026, 1, 1), null, "VN", null));

        var assigned = (AssignmentDecision.Assigned) service.assign(exampleChild("dossier-1"));

        assertThat(assigned.assignment().number()).isNotEqualTo(taken);
        assertThat(assigned.assignment().number().value()).matches("075326\\d{6}");
        assertThat(population.recordCalls).isEqualTo(2);
    }

    @Test
    void whenEveryDrawHitsATakenNumberTheServiceGivesUpRatherThanLoop() {
        var stuck = new AssignPersonalIdNumberService(population, population, population, population,
                requestId -> () -> 42, CLOCK);
        population.add(new Citizen(PersonalIdNumber.forBirth(new ProvinceCode("075"), Sex.FEMALE,
                LocalDate.of(2026, 11, 2), 42), "Người khác", Sex.FEMALE, LocalDate.of(2026, 1, 1), null, "VN", null));

        assertThatThrownBy(() -> stuck.assign(exampleChild("dossier-1"))).isInstanceOf(IllegalStateException.class);
        assertThat(population.recordCalls).isEqualTo(AssignPersonalIdNumberService.MAX_DRAWS);
    }

    @Test
    void aConcurrentDuplicateThatWinsTheRaceIsAnsweredWithItsNumber() {
        var earlier = new NumberAssignment("dossier-1", new PersonalIdNumber("075326000001"),
                exampleChild("dossier-1").declaration(), Instant.parse("2026-11-22T01:29:59Z"));
        var racing = new InMemoryPopulation() {
            @Override
            public Outcome record(NumberAssignment assignment) {
                assignments.put(earlier.requestId(), earlier);
                return Outcome.REQUEST_ID_TAKEN;
            }
        };
        racing.communes.putAll(population.communes);
        racing.citizens.putAll(population.citizens);
        var raced = new AssignPersonalIdNumberService(racing, racing, racing, racing,
                RandomPartSource.seeded(1), CLOCK);

        var answer = (AssignmentDecision.Assigned) raced.assign(exampleChild("dossier-1"));

        assertThat(answer.assignment()).isEqualTo(earlier);
        assertThat(answer.newlyIssued()).isFalse();
    }

    private static AssignPersonalIdNumberCommand exampleChild(String requestId) {
        return new AssignPersonalIdNumberCommand(requestId, "Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2),
                "25450", MOTHER, FATHER, "VN");
    }
}
