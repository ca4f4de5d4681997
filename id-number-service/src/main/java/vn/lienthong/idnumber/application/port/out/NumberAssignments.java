package vn.lienthong.idnumber.application.port.out;

import java.util.Optional;

import vn.lienthong.idnumber.domain.ChildIdentity;
import vn.lienthong.idnumber.domain.DuplicateOverride;
import vn.lienthong.idnumber.domain.DuplicateRefusal;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.ParentDataHold;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/**
 * Every number given out, with the request it answered, every request refused as a possible
 * duplicate, and every request held because a parent is recorded otherwise than declared.
 */
public interface NumberAssignments {

    Optional<NumberAssignment> findByRequest(String requestId);

    /**
     * Whether the request id has an answer kept: a number, a refusal or a hold. Most requests are
     * new, and this one look-up tells them apart from repeats.
     */
    default boolean answered(String requestId) {
        return findByRequest(requestId).isPresent() || findHold(requestId).isPresent()
                || findRefusal(requestId).isPresent();
    }

    Optional<DuplicateRefusal> findRefusal(String requestId);

    /**
     * The first number given to a newborn who is {@code child}, for a request other than
     * {@code exceptRequestId}. Numbers are never taken back, so once there is one it stays the first.
     */
    Optional<PersonalIdNumber> earliestMatch(ChildIdentity child, String exceptRequestId);

    /**
     * Records the assignment and the newborn as a citizen, both or neither. Nothing is recorded
     * when the number already belongs to someone, when the request id was answered meanwhile, or
     * when the {@link #earliestMatch} of the newborn is not the one the assignment's
     * {@link DuplicateOverride} names (none, for an assignment without one). That last check and
     * the recording are one step for any one child: of two requests for the same child at the same
     * moment, the second sees the first's number.
     */
    Outcome record(NumberAssignment assignment);

    /** Keeps the refusal, unless one is kept for its request id already; returns the one kept. */
    DuplicateRefusal recordRefusal(DuplicateRefusal refusal);

    Optional<ParentDataHold> findHold(String requestId);

    /** Keeps the hold, unless one is kept for its request id already; returns the one kept. */
    ParentDataHold recordHold(ParentDataHold hold);

    enum Outcome {
        RECORDED,
        NUMBER_TAKEN,
        REQUEST_ID_TAKEN,
        EARLIER_MATCH
    }
}
