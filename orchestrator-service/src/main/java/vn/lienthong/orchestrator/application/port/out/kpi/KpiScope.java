package vn.lienthong.orchestrator.application.port.out.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Which dossiers a measurement covers: those of {@code communeCode} or {@code provinceCode} if
 * asked (null: any), among {@code visibleCommunes} (null: every commune), over the days
 * {@code from} to {@code to} (both included) in {@code zone}.
 */
public record KpiScope(LocalDate from, LocalDate to, ZoneId zone, String communeCode, String provinceCode,
                       Set<String> visibleCommunes) {

    public KpiScope {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        visibleCommunes = visibleCommunes == null ? null : Set.copyOf(visibleCommunes);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
