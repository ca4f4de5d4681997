package vn.lienthong.idnumber.domain;

import java.time.Instant;

/**
 * A number given out for one request; it is never given to anyone else. {@code override} is set
 * when an earlier newborn matched and an officer confirmed this is another child, else null.
 */
public record NumberAssignment(String requestId, PersonalIdNumber number, BirthDeclaration declaration,
                               Instant issuedAt, DuplicateOverride override) {

    /** A number no earlier newborn stood in the way of. */
    public NumberAssignment(String requestId, PersonalIdNumber number, BirthDeclaration declaration, Instant issuedAt) {
        this(requestId, number, declaration, issuedAt, null);
    }
}
