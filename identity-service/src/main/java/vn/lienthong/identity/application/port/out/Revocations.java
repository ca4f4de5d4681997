package vn.lienthong.identity.application.port.out;

import java.time.Instant;
import java.util.List;

import vn.lienthong.identity.domain.Revocation;

/** The withdrawals recorded (by the database, whenever an account or client is withdrawn). */
public interface Revocations {

    /** Those at or after {@code since}, oldest first. */
    List<Revocation> since(Instant since);
}
