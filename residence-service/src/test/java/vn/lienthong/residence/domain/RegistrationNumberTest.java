package vn.lienthong.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

    @Test
    void aRegistrationNumberIsCommuneYearAndSixDigitSerial() {
        assertThat(RegistrationNumber.of(new CommuneCode("25450"), 2026, 45).value()).isEqualTo("TT-25450-2026-000045");
        assertThat(RegistrationNumber.of(new CommuneCode("00004"), 2027, 999_999).value()).isEqualTo("TT-00004-2027-999999");
    }

    @Test
    void aSerialOutsideSixDigitsIsRefused() {
        assertThatThrownBy(() -> RegistrationNumber.of(new CommuneCode("25450"), 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistrationNumber.of(new CommuneCode("25450"), 2026, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void householdNumbersAndCommuneCodesHaveOneShape() {
        assertThat(HouseholdNumber.isWellFormed("HK-25450-000001")).isTrue();
        assertThat(HouseholdNumber.isWellFormed("HK-2545-000001")).isFalse();
        assertThat(HouseholdNumber.isWellFormed("hk-25450-000001")).isFalse();
        assertThat(CommuneCode.isWellFormed("00004")).isTrue();
        assertThat(CommuneCode.isWellFormed("2545")).isFalse();
        assertThatThrownBy(() -> new CommuneCode("2545a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonalIdNumberHasTwelveDigitsAndIsMaskedInLogs() {
        assertThat(new PersonalIdNumber("070198001234")).hasToString("070*********");
        assertThatThrownBy(() -> new PersonalIdNumber("07019800123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalIdNumber("07019800123x")).isInstanceOf(IllegalArgumentException.class);
    }
}
