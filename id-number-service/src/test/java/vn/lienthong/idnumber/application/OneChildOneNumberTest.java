package vn.lienthong.idnumber.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.idnumber.application.port.in.AssignPersonalIdNumberCommand;
import vn.lienthong.idnumber.domain.AssignmentDecision;
import vn.lienthong.idnumber.domain.ChildIdentity;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.Commune;
import vn.lienthong.idnumber.domain.DuplicateOverride;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.ProvinceCode;
import vn.lienthong.idnumber.domain.RandomPartSource;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.idnumber.domain.Sex;

/** A newborn who matches an earlier one gets no second number, unless an officer says it is another child. */
class OneChildOneNumberTest {

    private static final String MOTHER = "070198001234";
    private static final String OTHER_MOTHER = "079199005678";
    private static final String FATHER = "070095004567";
    private static final LocalDate BORN = LocalDate.of(2026, 11, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private InMemoryPopulation population;
    private AssignPersonalIdNumberService service;

    @BeforeEach
    void seed() {
        population = new InMemoryPopulation();
        population.add(new Commune("25450", "Xã Bù Gia Mập", new ProvinceCode("075"), "Tỉnh Đồng Nai"));
        population.add(new Commune("26734", "Phường Bến Nghé", new ProvinceCode("079"), "Thành phố Hồ Chí Minh"));
        population.add(new Citizen(new PersonalIdNumber(MOTHER), "Điểu Thị Lan", Sex.FEMALE, LocalDate.of(1998, 4, 12),
                "Xtiêng", "VN", "25450"));
        population.add(new Citizen(new PersonalIdNumber(OTHER_MOTHER), "Trần Thị Mai", Sex.FEMALE,
                LocalDate.of(1999, 1, 5), "Kinh", "VN", "26734"));
        population.add(new Citizen(new PersonalIdNumber(FATHER), "Điểu Văn Minh", Sex.MALE, LocalDate.of(1995, 9, 30),
                "Xtiêng", "VN", "25450"));
        service = new AssignPersonalIdNumberService(population, population, population, population,
                RandomPartSource.seeded(1), CLOCK);
    }

    @Test
    void theSameChildUnderAnotherRequestIdIsRefusedNamingTheMaskedNumberAndTheFieldsThatMatched() {
        PersonalIdNumber first = issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));

        var duplicate = (AssignmentDecision.PossibleDuplicate) service.assign(child("dossier-2", "Điểu Thị Hoa"));

        assertThat(duplicate.requestId()).isEqualTo("dossier-2");
        assertThat(duplicate.existing()).isEqualTo(first);
        assertThat(duplicate.existing().masked()).matches("0753\\*{6}\\d{2}").endsWith(first.value().substring(10));
        assertThat(duplicate.matchedFields())
                .containsExactly("motherPersonalIdNumber", "fullName", "sex", "dateOfBirth");
        assertThat(population.assignments).hasSize(1);
        assertThat(population.citizens).hasSize(4);
    }

    @Test
    void aTwinWithAnotherNameGetsANumberOfHerOwn() {
        PersonalIdNumber hoa = issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));
        PersonalIdNumber hong = issued(service.assign(child("dossier-2", "Điểu Thị Hồng")));

        assertThat(hong).isNotEqualTo(hoa);
    }

    @Test
    void aNameTypedWithCombiningMarksOtherCaseOrSpacingIsTheSameChild() {
        issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));

        String nfd = Normalizer.normalize("Điểu Thị Hoa", Normalizer.Form.NFD);
        assertThat(service.assign(child("dossier-2", nfd))).isInstanceOf(AssignmentDecision.PossibleDuplicate.class);
        assertThat(service.assign(child("dossier-3", "  ĐIỂU  thị   hoa ")))
                .isInstanceOf(AssignmentDecision.PossibleDuplicate.class);
        assertThat(population.assignments).hasSize(1);
    }

    @Test
    void aNameWithOtherDiacriticsAnotherMotherSexOrDateOfBirthIsAnotherChild() {
        issued(service.assign(child("dossier-1", "Đào Thị Hoa")));

        issued(service.assign(child("dossier-2", "Dao Thi Hoa")));
        issued(service.assign(new AssignPersonalIdNumberCommand("dossier-3", "Đào Thị Hoa", Sex.FEMALE, BORN, "25450",
                OTHER_MOTHER, null, "VN")));
        issued(service.assign(new AssignPersonalIdNumberCommand("dossier-4", "Đào Thị Hoa", Sex.MALE, BORN, "25450",
                MOTHER, FATHER, "VN")));
        issued(service.assign(new AssignPersonalIdNumberCommand("dossier-5", "Đào Thị Hoa", Sex.FEMALE,
                BORN.minusDays(1), "25450", MOTHER, FATHER, "VN")));

        assertThat(population.assignments).hasSize(5);
    }

    @Test
    void theSameChildAskedForByAnotherCommuneIsStillTheSameChild() {
        issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));

        var elsewhere = new AssignPersonalIdNumberCommand("dossier-2", "Điểu Thị Hoa", Sex.FEMALE, BORN, "26734",
                MOTHER, null, "VN");

        assertThat(service.assign(elsewhere)).isInstanceOf(AssignmentDecision.PossibleDuplicate.class);
    }

    @Test
    void theSameRequestIdGetsTheSameAnswerWhetherRefusedOrNumbered() {
        var first = (AssignmentDecision.Assigned) service.assign(child("dossier-1", "Điểu Thị Hoa"));
        AssignmentDecision refused = service.assign(child("dossier-2", "Điểu Thị Hoa"));

        assertThat(service.assign(child("dossier-2", "Điểu Thị Hoa"))).isEqualTo(refused);
        var again = (AssignmentDecision.Assigned) service.assign(child("dossier-1", "Điểu Thị Hoa"));
        assertThat(again.assignment()).isEqualTo(first.assignment());
        assertThat(again.newlyIssued()).isFalse();
        assertThat(population.assignments).hasSize(1);
        assertThat(population.refusals).containsOnlyKeys("dossier-2");
    }

    @Test
    void aRefusedRequestIdSentAgainWithAReviewOrOtherDataIsAReusedRequestId() {
        PersonalIdNumber first = issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));
        service.assign(child("dossier-2", "Điểu Thị Hoa"));

        assertThat(service.assign(reviewed("dossier-2", first.masked())))
                .isEqualTo(new AssignmentDecision.RequestIdReused("dossier-2"));
        assertThat(service.assign(child("dossier-2", "Điểu Thị Hồng")))
                .isEqualTo(new AssignmentDecision.RequestIdReused("dossier-2"));
        assertThat(population.assignments).hasSize(1);
    }

    @Test
    void anOfficersReviewNamingTheMatchedCitizenLetsASameNamedTwinBeNumberedAndIsRecorded() {
        PersonalIdNumber first = issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));
        service.assign(child("dossier-2", "Điểu Thị Hoa"));

        var twin = (AssignmentDecision.Assigned) service.assign(reviewed("dossier-2-reviewed", first.masked()));

        assertThat(twin.newlyIssued()).isTrue();
        assertThat(twin.assignment().number()).isNotEqualTo(first);
        assertThat(twin.assignment().override()).isEqualTo(new DuplicateOverride(first, "cb-25450-01"));
        assertThat(population.assignments.get("dossier-2-reviewed").override().reviewedBy()).isEqualTo("cb-25450-01");
        var again = (AssignmentDecision.Assigned) service.assign(reviewed("dossier-2-reviewed", first.masked()));
        assertThat(again.assignment().number()).isEqualTo(twin.assignment().number());
    }

    @Test
    void aReviewMayNameTheMatchedCitizenInFull() {
        PersonalIdNumber first = issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));

        assertThat(service.assign(reviewed("dossier-2", first.value()))).isInstanceOf(AssignmentDecision.Assigned.class);
    }

    @Test
    void aReviewNamingAnotherCitizenIsRefusedAgainAndWithoutAMatchChangesNothing() {
        PersonalIdNumber first = issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));
        String other = first.value().substring(0, 4) + "******" + (first.value().endsWith("00") ? "01" : "00");

        var refused = (AssignmentDecision.PossibleDuplicate) service.assign(reviewed("dossier-2", other));
        assertThat(refused.existing()).isEqualTo(first);

        var unmatched = new AssignPersonalIdNumberCommand("dossier-3", "Điểu Thị Hồng", Sex.FEMALE, BORN, "25450",
                MOTHER, FATHER, "VN", first.masked(), "cb-25450-01");
        var assigned = (AssignmentDecision.Assigned) service.assign(unmatched);
        assertThat(assigned.assignment().override()).as("nothing was overridden").isNull();
    }

    @Test
    void afterATwinWasConfirmedAThirdRequestIsRefusedNamingTheFirstChild() {
        PersonalIdNumber first = issued(service.assign(child("dossier-1", "Điểu Thị Hoa")));
        issued(service.assign(reviewed("dossier-2", first.masked())));

        var third = (AssignmentDecision.PossibleDuplicate) service.assign(child("dossier-3", "Điểu Thị Hoa"));

        assertThat(third.existing()).isEqualTo(first);
    }

    @Test
    void aReviewComesWithTheOfficerAndAWellFormedNumber() {
        var noOfficer = new AssignPersonalIdNumberCommand("r-1", "Điểu Thị Hoa", Sex.FEMALE, BORN, "25450", MOTHER,
                FATHER, "VN", "0753******04", " ");
        var noNumber = new AssignPersonalIdNumberCommand("r-2", "Điểu Thị Hoa", Sex.FEMALE, BORN, "25450", MOTHER,
                FATHER, "VN", null, "cb-25450-01");
        var badNumber = new AssignPersonalIdNumberCommand("r-3", "Điểu Thị Hoa", Sex.FEMALE, BORN, "25450", MOTHER,
                FATHER, "VN", "0753****04", "cb-25450-01");

        assertThat(((AssignmentDecision.Refused) service.assign(noOfficer)).reasons())
                .extracting(Refusal::field).containsExactly("duplicateReviewedBy");
        assertThat(((AssignmentDecision.Refused) service.assign(noNumber)).reasons())
                .extracting(Refusal::field).containsExactly("confirmedDistinctFrom");
        assertThat(((AssignmentDecision.Refused) service.assign(badNumber)).reasons())
                .extracting(Refusal::field, Refusal::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("confirmedDistinctFrom", "INVALID_FIELD"));
        assertThat(population.recordCalls).isZero();
    }

    /**
     * Two requests for one child, both past the look-up of earlier numbers before either records:
     * the recording step still sees the first, so only one of them gets a number.
     */
    @Test
    void twoRequestsForTheSameChildAtTheSameMomentGetOneNumber() throws Exception {
        var barrier = new CyclicBarrier(2);
        var racing = new InMemoryPopulation() {
            @Override
            public Optional<NumberAssignment> findByRequest(String requestId) {
                Optional<NumberAssignment> none = super.findByRequest(requestId);
                await(barrier);
                return none;
            }
        };
        racing.communes.putAll(population.communes);
        racing.citizens.putAll(population.citizens);
        var raced = new AssignPersonalIdNumberService(racing, racing, racing, racing,
                RandomPartSource.seeded(1), CLOCK);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<AssignmentDecision> answers = new ArrayList<>();
        try {
            Future<AssignmentDecision> one = pool.submit(() -> raced.assign(child("dossier-1", "Điểu Thị Hoa")));
            Future<AssignmentDecision> two = pool.submit(() -> raced.assign(child("dossier-2", "Điểu Thị Hoa")));
            answers.add(one.get(10, TimeUnit.SECONDS));
            answers.add(two.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).filteredOn(AssignmentDecision.Assigned.class::isInstance).hasSize(1);
        assertThat(answers).filteredOn(AssignmentDecision.PossibleDuplicate.class::isInstance).hasSize(1);
        assertThat(racing.assignments).hasSize(1);
        assertThat(racing.earliestMatch(ChildIdentity.of(child("x", "Điểu Thị Hoa").declaration()), "x")).isPresent();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A batch is decided request by request, as each would be alone, though in its newborns' lock
     * order: the same newborn twice gets one number, for the request given first, and the batch is
     * kept in one transaction.
     */
    @Test
    void aBatchIsDecidedAsEachRequestAloneTheFirstGivenGetsTheNumberAndAllIsKeptInOneTransaction() {
        var unreadable = new AssignPersonalIdNumberCommand("dossier-4", "Điểu Thị Hà", null, BORN, "25450", MOTHER,
                FATHER, "VN");

        List<AssignmentDecision> decisions = service.assignAll(List.of(child("dossier-3", "Điểu Thị Hồng"),
                child("dossier-2", "Điểu Thị Hoa"), child("dossier-1", "Điểu Thị Hoa"), unreadable));

        assertThat(decisions).hasSize(4);
        PersonalIdNumber hong = issued(decisions.get(0));
        PersonalIdNumber hoa = issued(decisions.get(1));
        assertThat(hong).isNotEqualTo(hoa);
        var duplicate = (AssignmentDecision.PossibleDuplicate) decisions.get(2);
        assertThat(duplicate.requestId()).isEqualTo("dossier-1");
        assertThat(duplicate.existing()).isEqualTo(hoa);
        assertThat(((AssignmentDecision.Refused) decisions.get(3)).reasons()).extracting(Refusal::field)
                .containsExactly("sex");
        assertThat(population.assignments.keySet()).containsExactlyInAnyOrder("dossier-2", "dossier-3");
        assertThat(population.transactions).isEqualTo(1);
    }

    @Test
    void aBatchThatFailsPartWayKeepsNothingAndEachRequestCanThenBeServedAlone() {
        var failing = new InMemoryPopulation() {
            @Override
            public Outcome record(NumberAssignment assignment) {
                if (assignment.requestId().equals("dossier-2")) {
                    throw new IllegalStateException("connection lost");
                }
                return super.record(assignment);
            }
        };
        failing.communes.putAll(population.communes);
        failing.citizens.putAll(population.citizens);
        var failingService = new AssignPersonalIdNumberService(failing, failing, failing, failing,
                RandomPartSource.seeded(1), CLOCK);

        assertThatThrownBy(() -> failingService.assignAll(List.of(child("dossier-1", "Điểu Thị Hoa"),
                child("dossier-2", "Điểu Thị Hồng")))).hasMessage("connection lost");

        assertThat(failing.assignments).isEmpty();
        assertThat(failing.citizens).hasSameSizeAs(population.citizens);
        issued(failingService.assign(child("dossier-1", "Điểu Thị Hoa")));
    }

    private static PersonalIdNumber issued(AssignmentDecision decision) {
        assertThat(decision).isInstanceOf(AssignmentDecision.Assigned.class);
        return ((AssignmentDecision.Assigned) decision).assignment().number();
    }

    private static AssignPersonalIdNumberCommand child(String requestId, String fullName) {
        return new AssignPersonalIdNumberCommand(requestId, fullName, Sex.FEMALE, BORN, "25450", MOTHER, FATHER, "VN");
    }

    private static AssignPersonalIdNumberCommand reviewed(String requestId, String distinctFrom) {
        return new AssignPersonalIdNumberCommand(requestId, "Điểu Thị Hoa", Sex.FEMALE, BORN, "25450", MOTHER, FATHER,
                "VN", distinctFrom, "cb-25450-01");
    }
}
