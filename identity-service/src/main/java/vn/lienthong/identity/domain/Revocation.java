package vn.lienthong.identity.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A client or staff account withdrawn (deleted, disabled, or a right taken away) at
 * {@code revokedAt}: its tokens issued until then are no longer to be accepted.
 *
 * @param kind      a machine client or a person
 * @param subject   the client id, or the username
 * @param revokedAt when the withdrawal was committed
 */
public record Revocation(Kind kind, String subject, Instant revokedAt) {

    public enum Kind { CLIENT, STAFF }

    public Revocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
