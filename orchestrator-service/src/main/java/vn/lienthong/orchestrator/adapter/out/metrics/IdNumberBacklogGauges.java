package vn.lienthong.orchestrator.adapter.out.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcIdNumberBacklog;

/**
 * {@code lienthong.id_number.waiting} and {@code lienthong.id_number.oldest_waiting_seconds}: the
 * dossiers waiting for an automatic ID-number attempt, and how long the oldest has waited since it
 * was received. Both read one count, reused for a few seconds, so a scrape does not hit the
 * database each time.
 */
public final class IdNumberBacklogGauges {

    private static final Logger log = LoggerFactory.getLogger(IdNumberBacklogGauges.class);

    private final JdbcIdNumberBacklog backlog;
    private final Duration ttl;
    private final Clock clock;
    private JdbcIdNumberBacklog.Backlog last;
    private Instant readAt = Instant.MIN;

    private IdNumberBacklogGauges(JdbcIdNumberBacklog backlog, Duration ttl, Clock clock) {
        this.backlog = backlog;
        this.ttl = ttl;
        this.clock = clock;
    }

    public static void register(MeterRegistry meters, JdbcIdNumberBacklog backlog, Duration ttl, Clock clock) {
        var gauges = new IdNumberBacklogGauges(backlog, ttl, clock);
        // Strong references: nothing else holds the gauges' state, which would otherwise be collected.
        Gauge.builder("lienthong.id_number.waiting", gauges, IdNumberBacklogGauges::waiting)
                .description("dossiers whose ID-number step is scheduled or waiting to retry")
                .strongReference(true)
                .register(meters);
        Gauge.builder("lienthong.id_number.oldest_waiting_seconds", gauges, IdNumberBacklogGauges::oldestSeconds)
                .description("seconds since the oldest such dossier was received")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }

    private double waiting() {
        var current = current();
        return current == null ? Double.NaN : current.waiting();
    }

    private double oldestSeconds() {
        var current = current();
        if (current == null) {
            return Double.NaN;
        }
        Instant oldest = current.oldestReceivedAt();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }

    /** Null when the database cannot be read: the gauge then shows no value rather than a wrong one. */
    private synchronized JdbcIdNumberBacklog.Backlog current() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(readAt.plus(ttl))) {
            try {
                last = backlog.read();
                readAt = now;
            } catch (RuntimeException e) {
                log.warn("Could not count the dossiers waiting for an ID number: {}", e.toString());
                return null;
            }
        }
        return last;
    }
}
