package vn.lienthong.orchestrator.adapter.out.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcOpenDossiers;

/**
 * {@code lienthong.dossiers.open} by {@code deadline} ({@code overdue}, {@code today}, {@code later}):
 * the dossiers not yet completed or refused, against their statutory due date in the procedure's
 * zone. What the on-time alert watches. One count, reused for a few seconds, serves a scrape.
 */
public final class OpenDossierGauges {

    private static final Logger log = LoggerFactory.getLogger(OpenDossierGauges.class);

    private final JdbcOpenDossiers dossiers;
    private final Duration ttl;
    private final Clock clock;
    private final ZoneId zone;
    private JdbcOpenDossiers.Deadlines last;
    private Instant readAt = Instant.MIN;

    private OpenDossierGauges(JdbcOpenDossiers dossiers, Duration ttl, Clock clock, ZoneId zone) {
        this.dossiers = dossiers;
        this.ttl = ttl;
        this.clock = clock;
        this.zone = zone;
    }

    public static void register(MeterRegistry meters, JdbcOpenDossiers dossiers, Duration ttl, Clock clock, ZoneId zone) {
        var gauges = new OpenDossierGauges(dossiers, ttl, clock, zone);
        gauge(meters, gauges, "overdue", JdbcOpenDossiers.Deadlines::overdue);
        gauge(meters, gauges, "today", JdbcOpenDossiers.Deadlines::dueToday);
        gauge(meters, gauges, "later", JdbcOpenDossiers.Deadlines::dueLater);
    }

    private static void gauge(MeterRegistry meters, OpenDossierGauges gauges, String deadline,
                              ToLongFunction<JdbcOpenDossiers.Deadlines> count) {
        Gauge.builder("lienthong.dossiers.open", gauges, g -> g.value(count))
                .description("dossiers not yet completed or refused, by their statutory due date")
                .tag("deadline", deadline)
                .strongReference(true)
                .register(meters);
    }

    private double value(ToLongFunction<JdbcOpenDossiers.Deadlines> count) {
        var current = current();
        return current == null ? Double.NaN : count.applyAsLong(current);
    }

    private synchronized JdbcOpenDossiers.Deadlines current() {
        Instant now = clock.instant();
        if (last == null || now.isAfter(readAt.plus(ttl))) {
            try {
                last = dossiers.read(LocalDate.ofInstant(now, zone));
                readAt = now;
            } catch (RuntimeException e) {
                // A scrape must not fail because the database is away: the gauge shows no value instead.
                log.warn("could not count the open dossiers: {}", e.toString());
                return null;
            }
        }
        return last;
    }
}
