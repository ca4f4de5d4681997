package vn.lienthong.orchestrator.adapter.in.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * How many dossiers each client may submit: one Resilience4j rate limiter per client id, made at its
 * first submission, with the client's own limit if it has one, else the default. A submission over
 * the limit is refused at once (no waiting), with the time until the next one is allowed. Limiters
 * are kept for at most {@code maxClients} clients: past that the least recently seen is forgotten and
 * starts again with a full allowance, so a flood of made-up client ids cannot exhaust memory.
 */
public class IntakeRateLimits {

    /** At most {@code limitForPeriod} submissions in each {@code limitRefreshPeriod}. */
    public record Limit(int limitForPeriod, Duration limitRefreshPeriod) {

        public Limit {
            if (limitForPeriod < 1 || limitRefreshPeriod == null || limitRefreshPeriod.isNegative()
                    || limitRefreshPeriod.isZero()) {
                throw new IllegalArgumentException("an intake rate limit allows at least 1 submission per a positive period");
            }
        }
    }

    /** A submission refused: the client's limit, and in how many whole seconds it may submit again. */
    public record Refusal(String clientId, Limit limit, long retryAfterSeconds) {
    }

    private final Limit defaultLimit;
    private final Map<String, Limit> clientLimits;
    private final Map<String, RateLimiter> limiters;

    public IntakeRateLimits(Limit defaultLimit, Map<String, Limit> clientLimits, int maxClients) {
        if (maxClients < 1) {
            throw new IllegalArgumentException("the intake rate limits keep at least one client");
        }
        this.defaultLimit = defaultLimit;
        this.clientLimits = Map.copyOf(clientLimits);
        this.limiters = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one submission of {@code clientId}'s allowance; empty if allowed, else why not. */
    public Optional<Refusal> acquire(String clientId) {
        RateLimiter limiter = limiterOf(clientId);
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(clientId, limitOf(clientId), retryAfterSeconds(limiter)));
    }

    public Limit limitOf(String clientId) {
        return clientLimits.getOrDefault(clientId, defaultLimit);
    }

    private RateLimiter limiterOf(String clientId) {
        synchronized (limiters) {
            return limiters.computeIfAbsent(clientId, id -> {
                Limit limit = limitOf(id);
                return RateLimiter.of("intake", RateLimiterConfig.custom()
                        .limitForPeriod(limit.limitForPeriod())
                        .limitRefreshPeriod(limit.limitRefreshPeriod())
                        .timeoutDuration(Duration.ZERO)
                        .build());
            });
        }
    }

    /** Rounded up to a whole second, at least 1, as {@code Retry-After} is written. */
    private static long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter.getMetrics() instanceof AtomicRateLimiter.AtomicRateLimiterMetrics metrics
                ? metrics.getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
