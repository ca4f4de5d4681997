package vn.lienthong.orchestrator.adapter.out.http;

import java.time.Duration;
import java.util.UUID;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import vn.lienthong.orchestrator.application.port.out.ops.Throttle;

/**
 * One Resilience4j rate limiter per running job, releasing one call every 1/rate seconds rather
 * than a burst at the start of each second, so the population database sees an even load. The
 * limiters live in the shared registry, so their metrics are published with the others.
 */
public class RateLimitedThrottle implements Throttle {

    private static final String PREFIX = "opsJob-";

    private final RateLimiterRegistry limiters;
    private final Duration maxWait;

    public RateLimitedThrottle(RateLimiterRegistry limiters, Duration maxWait) {
        this.limiters = limiters;
        this.maxWait = maxWait;
    }

    @Override
    public void acquire(UUID jobId, int perSecond) {
        var config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(1_000_000_000L / perSecond))
                .timeoutDuration(maxWait)
                .build();
        RateLimiter.waitForPermission(limiters.rateLimiter(PREFIX + jobId, config));
    }

    @Override
    public void forget(UUID jobId) {
        limiters.remove(PREFIX + jobId);
    }
}
