package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The series of reference levels, each in force from its date until the next. The funeral allowance
 * uses the level in force in the month of death (Art. 85(2): "tại tháng mà … chết"), so the month's
 * first day decides: a death on 30 June 2026 uses the level of June, one on 1 July 2026 that of July.
 * Kept as configuration: the Government sets new levels, and an old death claimed late needs an old one.
 */
public record ReferenceLevels(List<ReferenceLevel> levels) {

    public ReferenceLevels {
        levels = levels.stream().sorted(Comparator.comparing(ReferenceLevel::effectiveFrom)).toList();
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).effectiveFrom().equals(levels.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two reference levels from " + levels.get(i).effectiveFrom());
            }
        }
    }

    /** The level in force in the month of {@code day}; empty before the first one known. */
    public Optional<ReferenceLevel> inMonthOf(LocalDate day) {
        LocalDate monthStart = day.withDayOfMonth(1);
        ReferenceLevel found = null;
        for (ReferenceLevel level : levels) {
            if (level.effectiveFrom().isAfter(monthStart)) {
                break;
            }
            found = level;
        }
        return Optional.ofNullable(found);
    }
}
