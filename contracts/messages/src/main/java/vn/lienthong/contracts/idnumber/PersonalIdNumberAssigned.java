package vn.lienthong.contracts.idnumber;

import java.time.Instant;

/**
 * The number assigned for {@code requestId}; {@code newlyIssued} is false on a repeated request.
 * {@code parentsChecked} is true when the request asked for the parents' check
 * ({@link AssignPersonalIdNumber#parentsAsDeclared()}) and they matched; a {@link Boolean} so that an
 * answer without it (from before the check) reads as false.
 */
public record PersonalIdNumberAssigned(
        String requestId,
        String personalIdNumber,
        boolean newlyIssued,
        Instant issuedAt,
        Boolean parentsChecked) {

    public PersonalIdNumberAssigned {
        parentsChecked = Boolean.TRUE.equals(parentsChecked);
    }

    /** A number for a request that did not ask for the parents' check. */
    public PersonalIdNumberAssigned(String requestId, String personalIdNumber, boolean newlyIssued, Instant issuedAt) {
        this(requestId, personalIdNumber, newlyIssued, issuedAt, false);
    }
}
