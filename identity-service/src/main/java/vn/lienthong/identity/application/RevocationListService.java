package vn.lienthong.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import vn.lienthong.identity.application.port.in.ListRevocationsUseCase;
import vn.lienthong.identity.application.port.out.Revocations;
import vn.lienthong.identity.domain.Revocation;

/** The withdrawals of the last access-token lifetime, and a minute more for clocks that differ. */
public class RevocationListService implements ListRevocationsUseCase {

    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final Revocations revocations;
    private final Duration accessTokenTimeToLive;
    private final Clock clock;

    public RevocationListService(Revocations revocations, Duration accessTokenTimeToLive, Clock clock) {
        this.revocations = revocations;
        this.accessTokenTimeToLive = accessTokenTimeToLive;
        this.clock = clock;
    }

    @Override
    public List<Revocation> recent() {
        return revocations.since(clock.instant().minus(accessTokenTimeToLive).minus(CLOCK_MARGIN));
    }
}
