package vn.lienthong.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.lienthong.orchestrator.domain.calendar.WorkingCalendar;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(Set.of(
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-11-23, 3, 2026-11-26", // Monday → Thursday
            "2026-11-20, 3, 2026-11-25", // Friday → Wednesday, over the weekend
            "2026-11-21, 1, 2026-11-23", // a Saturday submission counts from Monday
            "2026-11-23, 7, 2026-12-02", // the supplement period
            "2026-02-13, 3, 2026-02-25", // over the Tết holiday week
    })
    void workingDaysSkipWeekendsAndHolidays(LocalDate start, int days, LocalDate end) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(end);
    }
}
