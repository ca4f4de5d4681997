package vn.lienthong.idnumber.adapter.in.web.faults;

import java.time.Clock;
import java.util.Random;

/**
 * Decides each request's fault from the active profile. The draws come from one seeded
 * {@link Random} used under a lock, so a test that sends requests one after another replays the
 * same faults; replacing the profile starts the draws again from its seed.
 */
public final class FaultInjector {

    private final Clock clock;
    private volatile Active active;

    public FaultInjector(FaultProfile profile, Clock clock) {
        this.clock = clock;
        activate(profile);
    }

    public FaultProfile active() {
        return active.profile();
    }

    public void activate(FaultProfile profile) {
        active = new Active(profile, new Random(profile.seed()));
    }

    /** The next request's fate; the draw order is documented on {@link FaultProfile}. */
    public FaultDecision next() {
        Active current = active;
        double uniform;
        boolean coin;
        double gaussian;
        synchronized (current.random()) {
            uniform = current.random().nextDouble();
            coin = current.random().nextBoolean();
            gaussian = current.random().nextGaussian();
        }
        FaultProfile profile = current.profile();
        if (profile.outageAt(clock.instant())) {
            return profile.outageMode() == OutageMode.HANG
                    ? new FaultDecision(FaultKind.OUTAGE, profile.hangDuration(), true, coin)
                    : new FaultDecision(FaultKind.OUTAGE, profile.outageLatency().at(gaussian, profile.hangDuration()),
                            false, coin);
        }
        FaultKind kind = profile.kindAt(uniform);
        if (kind == FaultKind.HANG) {
            return new FaultDecision(kind, profile.hangDuration(), true, coin);
        }
        return new FaultDecision(kind, profile.latency().at(gaussian, profile.hangDuration()), false, coin);
    }

    private record Active(FaultProfile profile, Random random) {
    }
}
