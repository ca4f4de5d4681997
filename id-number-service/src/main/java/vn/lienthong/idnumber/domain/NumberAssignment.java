package vn.lienthong.idnumber.domain;

import java.time.Instant;

/** A number given out for one request; it is never given to anyone else. */
public record NumberAssignment(String requestId, PersonalIdNumber number, BirthDeclaration declaration,
                               Instant issuedAt) {
}
