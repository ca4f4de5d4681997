package vn.lienthong.contracts.idnumber;

import java.time.Instant;

/** The number assigned for {@code requestId}; {@code newlyIssued} is false on a repeated request. */
public record PersonalIdNumberAssigned(
        String requestId,
        String personalIdNumber,
        boolean newlyIssued,
        Instant issuedAt) {
}
