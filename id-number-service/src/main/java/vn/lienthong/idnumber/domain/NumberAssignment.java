package vn.lienthong.idnumber.domain;

import java.time.Instant;

/**
 * A number given out for one request; it is never given to anyone else. {@code override} is set
 * when an earlier newborn matched and an officer confirmed this is another child, else null.
 * {@code parentsDigest} is the {@link DeclaredParents#digest()} of the parents the request asked
 * to check, who matched the records; null for a request that asked for no check.
 */
public record NumberAssignment(String requestId, PersonalIdNumber number, BirthDeclaration declaration,
                               Instant issuedAt, DuplicateOverride override, String parentsDigest) {

    /** A number for a request that asked for no check of the parents. */
    public NumberAssignment(String requestId, PersonalIdNumber number, BirthDeclaration declaration,
                            Instant issuedAt, DuplicateOverride override) {
        this(requestId, number, declaration, issuedAt, override, null);
    }

    /** A number no earlier newborn stood in the way of. */
    public NumberAssignment(String requestId, PersonalIdNumber number, BirthDeclaration declaration, Instant issuedAt) {
        this(requestId, number, declaration, issuedAt, null, null);
    }
}
