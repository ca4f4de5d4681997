package vn.lienthong.messaging;

import java.time.Duration;
import java.util.Random;

/**
 * How a stand-in agency behaves besides its rules: each command takes some processing time, and
 * a share of commands meets a temporarily unavailable back end. Configured under
 * {@code lienthong.agency}; both are off unless set. Seeded, so a run can be repeated.
 */
public final class SimulatedAgencyConditions {

    private final Duration processingTime;
    private final double unavailableShare;
    private final Random random;

    public SimulatedAgencyConditions(Duration processingTime, double unavailableShare, long seed) {
        if (unavailableShare < 0 || unavailableShare >= 1) {
            throw new IllegalArgumentException("lienthong.agency.unavailable-share must be in [0, 1)");
        }
        this.processingTime = processingTime;
        this.unavailableShare = unavailableShare;
        this.random = new Random(seed);
    }

    public static SimulatedAgencyConditions none() {
        return new SimulatedAgencyConditions(Duration.ZERO, 0, 0);
    }

    /** Called before a command's effect: waits the processing time, or fails as an outage would. */
    public void beforeHandling() {
        boolean unavailable;
        synchronized (random) {
            unavailable = unavailableShare > 0 && random.nextDouble() < unavailableShare;
        }
        if (unavailable) {
            throw new AgencyUnavailableException("simulated: the agency's back end is temporarily unavailable");
        }
        if (!processingTime.isZero()) {
            try {
                Thread.sleep(processingTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AgencyUnavailableException("interrupted while processing");
            }
        }
    }
}
