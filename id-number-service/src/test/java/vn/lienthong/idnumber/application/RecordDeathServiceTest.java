package vn.lienthong.idnumber.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.idnumber.application.port.in.RecordDeathCommand;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.DeathDecision;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.idnumber.domain.Sex;

/** Given a citizen born in 1960 and today 22 November 2026 in Vietnam, a reported death is recorded once. */
class RecordDeathServiceTest {

    private static final String BROI = "070060001122";
    private static final LocalDate DIED = LocalDate.of(2026, 11, 18);
    private static final String EXTRACT = "KT-25450-2026-000017";
    /** 06:30 on 22 November in Vietnam, still 21 November in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private InMemoryPopulation population;
    private InMemoryDeaths deaths;
    private RecordDeathService service;

    @BeforeEach
    void seed() {
        population = new InMemoryPopulation();
        population.add(new Citizen(new PersonalIdNumber(BROI), "Điểu Văn Brơi", Sex.MALE, LocalDate.of(1960, 5, 14),
                "Xtiêng", "VN", "25450"));
        deaths = new InMemoryDeaths(population);
        service = new RecordDeathService(deaths, population, CLOCK);
    }

    @Test
    void aReportedDeathMarksTheCitizenDeceasedWithTheDate() {
        var recorded = (DeathDecision.Recorded) service.record(death("r-1", BROI, DIED, EXTRACT));

        assertThat(recorded.newlyRecorded()).isTrue();
        assertThat(recorded.record().deathExtractNumber()).isEqualTo(EXTRACT);
        assertThat(recorded.record().recordedAt()).isEqualTo(Instant.parse("2026-11-21T23:30:00Z"));
        Citizen citizen = population.find(new PersonalIdNumber(BROI)).orElseThrow();
        assertThat(citizen.deceased()).isTrue();
        assertThat(citizen.dateOfDeath()).isEqualTo(DIED);
    }

    @Test
    void theSameRequestAgainGetsTheSameAnswerAndRecordsNothingMore() {
        var first = (DeathDecision.Recorded) service.record(death("r-1", BROI, DIED, EXTRACT));

        var again = service.record(death("r-1", BROI, DIED, EXTRACT));

        assertThat(again).isEqualTo(new DeathDecision.Recorded(first.record(), false));
        assertThat(deaths.byRequest).hasSize(1);
    }

    @Test
    void theSameDeathExtractUnderANewRequestIdIsTheSameDeathNotASecondOne() {
        var first = (DeathDecision.Recorded) service.record(death("r-1", BROI, DIED, EXTRACT));

        var retried = (DeathDecision.Recorded) service.record(death("r-2", BROI, DIED, EXTRACT));

        assertThat(retried.newlyRecorded()).isFalse();
        assertThat(retried.record().requestId()).isEqualTo("r-2");
        assertThat(retried.record().recordedAt()).isEqualTo(first.record().recordedAt());
        assertThat(deaths.byRequest).containsOnlyKeys("r-1");
    }

    @Test
    void anotherDeathOfTheSameCitizenIsRefusedWithTheDateRecordedAndSoIsItsRepetition() {
        service.record(death("r-1", BROI, DIED, EXTRACT));

        var second = service.record(death("r-2", BROI, LocalDate.of(2026, 11, 20), "KT-25453-2026-000002"));
        var secondAgain = service.record(death("r-2", BROI, LocalDate.of(2026, 11, 20), "KT-25453-2026-000002"));

        assertThat(second).isEqualTo(new DeathDecision.AlreadyDeceased(DIED));
        assertThat(secondAgain).isEqualTo(second);
    }

    @Test
    void aRequestIdUsedForAnotherDeathIsReused() {
        service.record(death("r-1", BROI, DIED, EXTRACT));

        assertThat(service.record(death("r-1", BROI, DIED.minusDays(1), EXTRACT)))
                .isEqualTo(new DeathDecision.RequestIdReused("r-1"));
    }

    @Test
    void anUnknownCitizenIsRefusedNamingTheNumber() {
        assertThat(refusals(death("r-1", "079060999999", DIED, EXTRACT)))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CITIZEN_NOT_FOUND", "personalIdNumber"));
    }

    @Test
    void aDateOfDeathBeforeBirthOrAfterTodayIsRefusedButTodayAndTheBirthdayAreNot() {
        assertThat(refusals(death("r-1", BROI, LocalDate.of(1960, 5, 13), EXTRACT))).extracting(Refusal::code)
                .containsExactly("DATE_OF_DEATH_BEFORE_BIRTH");
        assertThat(refusals(death("r-2", BROI, LocalDate.of(2026, 11, 23), EXTRACT))).extracting(Refusal::code)
                .containsExactly("DATE_OF_DEATH_IN_FUTURE");
        assertThat(service.record(death("r-3", BROI, LocalDate.of(2026, 11, 22), EXTRACT)))
                .isInstanceOf(DeathDecision.Recorded.class);
    }

    @Test
    void everyMissingOrMalformedFieldIsNamedInOneAnswer() {
        assertThat(refusals(death(" ", "07006000112", null, "")))
                .extracting(Refusal::field)
                .containsExactly("requestId", "personalIdNumber", "dateOfDeath", "deathExtractNumber");
    }

    private java.util.List<Refusal> refusals(RecordDeathCommand command) {
        var decision = service.record(command);
        assertThat(decision).isInstanceOf(DeathDecision.Refused.class);
        return ((DeathDecision.Refused) decision).reasons();
    }

    private static RecordDeathCommand death(String requestId, String person, LocalDate date, String extract) {
        return new RecordDeathCommand(requestId, person, date, extract);
    }
}
