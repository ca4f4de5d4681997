package vn.lienthong.idnumber.domain;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * Where the six random digits of new numbers come from. Each request gets its own sequence of
 * draws: a draw that hits a taken number is followed by the next one.
 */
@FunctionalInterface
public interface RandomPartSource {

    IntSupplier drawsFor(String requestId);

    /** Unpredictable numbers, as in production. */
    static RandomPartSource secure() {
        SecureRandom random = new SecureRandom();
        return requestId -> () -> random.nextInt(PersonalIdNumber.RANDOM_PART_BOUND);
    }

    /**
     * Reproducible numbers for tests and demonstrations: the same seed and request id give the same
     * draws, whatever the order requests arrive in and across restarts.
     */
    static RandomPartSource seeded(long seed) {
        return requestId -> {
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + requestId.hashCode());
            return () -> random.nextInt(PersonalIdNumber.RANDOM_PART_BOUND);
        };
    }
}
