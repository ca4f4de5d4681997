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
        var mothersNumber = new NumberAssignment(UUID.randomUUID().toString(), new PersonalIdNumber("070198001234"),
                declaration(), NOW);

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
        assertThat(citizens.exists(winner.number())).isTrue();
        assertThat(citizens.exists(loser.number())).isFalse();
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
