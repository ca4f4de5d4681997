package vn.lienthong.orchestrator.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Weekends and public holidays (Tết and the others, configured per year) are not working days. */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The day on which a period of {@code workingDays} that starts on {@code start} ends: the
     * starting day is not counted, as for statutory time limits.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate date = start;
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }
}
