package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienthong.idnumber.adapter.out.persistence.JdbcCitizens;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcNumberAssignments;
import vn.lienthong.idnumber.application.port.out.NumberAssignments.Outcome;
import vn.lienthong.idnumber.domain.BirthDeclaration;
import vn.lienthong.idnumber.domain.ChildIdentity;
import vn.lienthong.idnumber.domain.DuplicateOverride;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Sex;

/** The database's unique keys decide who gets a number, and a lost race leaves nothing behind. */
class NumberRecordingIT extends RunningService {

    @Autowired
    JdbcNumberAssignments assignments;
    @Autowired
    JdbcCitizens citizens;

    @Test
    void aNumberAlreadyHeldByACitizenIsNotRecordedAgain() {
        // A child of her own: the next test records a number for Khang, and a second request for him would be refused.
        var mothersNumber = new NumberAssignment(UUID.randomUUID().toString(), new PersonalIdNumber("070198001234"),
                new BirthDeclaration("Nguyễn Minh Khôi", Sex.MALE, LocalDate.of(2025, 12, 1), "00004",
                        new PersonalIdNumber("070198001234"), null, "VN"), NOW);

        assertThat(assignments.record(mothersNumber)).isEqualTo(Outcome.NUMBER_TAKEN);
        assertThat(assignments.findByRequest(mothersNumber.requestId())).isEmpty();
    }

    @Test
    void aRequestIdRecordedOnceKeepsItsNumberAndTheLoserLeavesNoCitizen() {
        String requestId = UUID.randomUUID().toString();
        long random = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 999_999L);
        var winner = new NumberAssignment(requestId, number(random), declaration(), NOW);
        var loser = new NumberAssignment(requestId, number(random + 1), declaration(), NOW);

        assertThat(assignments.record(winner)).isEqualTo(Outcome.RECORDED);
        assertThat(assignments.record(loser)).isEqualTo(Outcome.REQUEST_ID_TAKEN);

        assertThat(assignments.findByRequest(requestId)).contains(winner);
        assertThat(citizens.find(winner.number())).isPresent();
        assertThat(citizens.find(loser.number())).isEmpty();
    }

    @Test
    void aNewbornMatchingAnEarlierOneIsRecordedOnlyWithAnOverrideNamingTheEarlierNumber() {
        long random = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 999_990L);
        var twin = new BirthDeclaration("Nguyễn Minh Đức", Sex.MALE, LocalDate.of(2025, 12, 2), "00004",
                new PersonalIdNumber("070198001234"), null, "VN");
        var first = new NumberAssignment(UUID.randomUUID().toString(), number(random), twin, NOW);
        var unreviewed = new NumberAssignment(UUID.randomUUID().toString(), number(random + 1), twin, NOW);
        var reviewed = new NumberAssignment(UUID.randomUUID().toString(), number(random + 2), twin, NOW,
                new DuplicateOverride(first.number(), "cb-00004-01"));

        assertThat(assignments.record(first)).isEqualTo(Outcome.RECORDED);
        assertThat(assignments.record(unreviewed)).isEqualTo(Outcome.EARLIER_MATCH);
        assertThat(assignments.record(reviewed)).isEqualTo(Outcome.RECORDED);

        assertThat(citizens.find(unreviewed.number())).isEmpty();
        assertThat(assignments.findByRequest(unreviewed.requestId())).isEmpty();
        assertThat(assignments.findByRequest(reviewed.requestId())).contains(reviewed);
        assertThat(assignments.earliestMatch(ChildIdentity.of(twin), reviewed.requestId())).contains(first.number());
    }

    /** A boy born in 2025 and registered in Hà Nội: no other test asks for numbers of this kind. */
    private static BirthDeclaration declaration() {
        return new BirthDeclaration("Nguyễn Minh Khang", Sex.MALE, LocalDate.of(2025, 12, 1), "00004",
                new PersonalIdNumber("070198001234"), null, "VN");
    }

    private static PersonalIdNumber number(long randomPart) {
        return new PersonalIdNumber("001225" + String.format("%06d", randomPart));
    }
}
