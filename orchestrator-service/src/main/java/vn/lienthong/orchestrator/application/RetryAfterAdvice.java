package vn.lienthong.orchestrator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * How long a submission refused at the backlog's bound is told to wait ({@code Retry-After}): the
 * longer the system has been refusing, the longer the wait, and each answer a little different.
 *
 * <p>A portal honours {@code Retry-After} and sends each refused dossier again as it is. With one
 * fixed wait, every dossier refused while the backlog stays full comes back once per wait, so the
 * resends grow with the dossiers waiting at the portal: under 4× the sustained rate the system
 * refused up to 3 000 resends a second, a fifth of its cores spent saying no while the saga needed
 * them (docs/performance.md, "Overload"). Here the wait is {@code base} plus half the time the
 * system has been refusing without a pause of {@code base} or more, at most {@code max}; then up
 * to half of it more at random, so that dossiers refused together do not come back together. Once
 * a whole {@code base} passes without a refusal, the next refusal is told {@code base} again.
 *
 * <p>The refusals are counted from every caller alike: under overload the wait concerns the
 * system's state, not one client. Thread-safe; two refusals at the same instant may each start the
 * period, which changes the wait by nothing measurable.
 */
public final class RetryAfterAdvice {

    private final Duration base;
    private final Duration max;
    private final Clock clock;
    private final RandomGenerator random;
    private volatile Instant refusingSince;
    private volatile Instant lastRefusal;

    /**
     * {@code base} at least one second, {@code max} at least {@code base}; {@code random} is used
     * from every request thread at once, so one safe for that ({@link java.util.Random}).
     */
    public RetryAfterAdvice(Duration base, Duration max, Clock clock, RandomGenerator random) {
        if (base.compareTo(Duration.ofSeconds(1)) < 0 || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("retry-after: at least 1 s; retry-after-max: at least retry-after ("
                    + base + ", " + max + ")");
        }
        this.base = base;
        this.max = max;
        this.clock = clock;
        this.random = random;
    }

    /** Records a refusal now and gives the whole seconds its {@code Retry-After} tells. */
    public long refused() {
        Instant now = clock.instant();
        Instant last = lastRefusal;
        if (last == null || Duration.between(last, now).compareTo(base) > 0) {
            refusingSince = now;
        }
        lastRefusal = now;
        Duration refusing = Duration.between(refusingSince, now);
        long wait = Math.min(max.toMillis(), base.toMillis() + refusing.toMillis() / 2);
        long jittered = wait + random.nextLong(wait / 2 + 1);
        return (jittered + 999) / 1000;
    }
}
