package vn.lienthong.healthinsurance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.healthinsurance.domain.FuneralClaims.LEVELS;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceLevelsTest {

    @ParameterizedTest(name = "a death on {0} uses {1} VND from {2}")
    @CsvSource({
            "2026-06-30, 2340000, 2024-07-01",
            "2026-07-01, 2530000, 2026-07-01",
            "2026-11-18, 2530000, 2026-07-01",
            "2025-08-20, 2340000, 2024-07-01",
            "2024-06-30, 1800000, 2023-07-01",
            "2023-07-31, 1800000, 2023-07-01",
            "2019-07-15, 1490000, 2019-07-01",
            "2016-01-10, 1150000, 2013-07-01",
    })
    void theLevelInForceInTheMonthOfDeathApplies(LocalDate death, long amount, LocalDate from) {
        ReferenceLevel level = LEVELS.inMonthOf(death).orElseThrow();

        assertThat(level.amountVnd()).isEqualTo(amount);
        assertThat(level.effectiveFrom()).isEqualTo(from);
    }

    @org.junit.jupiter.api.Test
    void beforeTheFirstLevelThereIsNoneAndTwoLevelsFromOneDayAreAMistake() {
        assertThat(LEVELS.inMonthOf(LocalDate.of(2013, 6, 30))).isEmpty();
        // A level from the 15th applies from the next month's death on: the month's first day decides.
        var midMonth = new ReferenceLevels(List.of(new ReferenceLevel(LocalDate.of(2026, 7, 15), 2_530_000, null)));
        assertThat(midMonth.inMonthOf(LocalDate.of(2026, 7, 20))).isEmpty();
        assertThat(midMonth.inMonthOf(LocalDate.of(2026, 8, 1))).isPresent();
        assertThatThrownBy(() -> new ReferenceLevels(List.of(
                new ReferenceLevel(LocalDate.of(2026, 7, 1), 2_530_000, null),
                new ReferenceLevel(LocalDate.of(2026, 7, 1), 2_600_000, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
