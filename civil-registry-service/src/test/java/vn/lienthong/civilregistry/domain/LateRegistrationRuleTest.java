package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LateRegistrationRuleTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 11, 22);
    private static final LateRegistrationRule SIXTY_DAYS = new LateRegistrationRule(60);

    @ParameterizedTest(name = "born {0}: late = {1}")
    @CsvSource({
            "2026-11-22, false",   // the same day
            "2026-11-02, false",   // 20 days
            "2026-09-23, false",   // exactly 60 days: still in time
            "2026-09-22, true",    // 61 days
            "2025-01-01, true",
    })
    void aBirthRegisteredMoreThanSixtyDaysLaterIsLate(LocalDate dateOfBirth, boolean late) {
        assertThat(SIXTY_DAYS.isLate(dateOfBirth, REGISTERED)).isEqualTo(late);
    }

    @Test
    void theLimitCountsCalendarDaysAcrossALeapDay() {
        // 2028-01-01 + 60 days = 2028-03-01 because of 29 February.
        assertThat(SIXTY_DAYS.isLate(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 1))).isFalse();
        assertThat(SIXTY_DAYS.isLate(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 2))).isTrue();
    }

    @Test
    void theLimitIsConfigurable() {
        assertThat(new LateRegistrationRule(30).isLate(LocalDate.of(2026, 11, 2), REGISTERED)).isFalse();
        assertThat(new LateRegistrationRule(19).isLate(LocalDate.of(2026, 11, 2), REGISTERED)).isTrue();
    }
}
