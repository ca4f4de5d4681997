package vn.lienthong.idnumber.application.port.out;

import java.util.Optional;

import vn.lienthong.idnumber.domain.NumberAssignment;

/** Every number given out, with the request it answered. */
public interface NumberAssignments {

    Optional<NumberAssignment> findByRequest(String requestId);

    /**
     * Records the assignment and the newborn as a citizen, both or neither. Nothing is recorded
     * when the number already belongs to someone or the request id was answered meanwhile.
     */
    Outcome record(NumberAssignment assignment);

    enum Outcome {
        RECORDED,
        NUMBER_TAKEN,
        REQUEST_ID_TAKEN
    }
}
