package vn.lienthong.healthinsurance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardValidityTest {

    @ParameterizedTest(name = "born {0}: valid to {1}")
    @CsvSource({
            // turns 72 months after 30 September: valid to that day
            "2026-11-02, 2032-11-02",
            "2026-10-01, 2032-10-01",
            "2026-12-31, 2032-12-31",
            // turns 72 months on 30 September: that day either way
            "2026-09-30, 2032-09-30",
            // turns 72 months before 30 September: valid to 30 September
            "2026-09-29, 2032-09-30",
            "2026-03-15, 2032-09-30",
            "2026-01-01, 2032-09-30",
            // leap day: 72 months later is 28 February, before 30 September
            "2024-02-29, 2030-09-30",
    })
    void cardLastsTo72MonthsOrTo30SeptemberOfThatYear(LocalDate dateOfBirth, LocalDate validTo) {
        assertThat(CardValidity.validTo(dateOfBirth)).isEqualTo(validTo);
        assertThat(CardValidity.validFrom(dateOfBirth)).isEqualTo(dateOfBirth);
    }

    @ParameterizedTest(name = "born {0}, applying {1}: under six = {2}")
    @CsvSource({
            "2026-11-02, 2026-11-22, true",
            "2020-11-23, 2026-11-22, true",
            "2020-11-22, 2026-11-22, false",
            "2019-05-01, 2026-11-22, false",
    })
    void onlyChildrenUnderSixOnTheApplicationDayQualify(LocalDate dateOfBirth, LocalDate applicationDate, boolean underSix) {
        assertThat(CardValidity.isUnderSix(dateOfBirth, applicationDate)).isEqualTo(underSix);
    }
}
