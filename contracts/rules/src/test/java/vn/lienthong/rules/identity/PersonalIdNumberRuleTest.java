package vn.lienthong.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdNumberRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"075326000123", "001099999999", "196200000001"})
    void twelveDigitsAreWellFormed(String number) {
        assertThat(PersonalIdNumberRule.isWellFormed(number)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "07532600012", "0753260001234", "07532600012a", "0753 2600012", "075326-00012",
            "０７５３２６０００１２３"})
    void anythingElseIsNot(String number) {
        assertThat(PersonalIdNumberRule.isWellFormed(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1900,false,0", "1999,true,1", "2000,false,2", "2026,true,3", "2100,false,4", "2399,true,9"})
    void theFourthDigitTellsCenturyAndSex(int year, boolean female, int digit) {
        assertThat(PersonalIdNumberRule.centuryAndSexDigit(year, female)).isEqualTo(digit);
    }

    @Test
    void yearsWithoutACenturyDigitAreRefused() {
        assertThat(PersonalIdNumberRule.hasCenturyAndSexDigit(1899)).isFalse();
        assertThat(PersonalIdNumberRule.hasCenturyAndSexDigit(2400)).isFalse();
        assertThatThrownBy(() -> PersonalIdNumberRule.centuryAndSexDigit(1899, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberAgreesWithTheSexAndYearItWasIssuedFor() {
        assertThat(PersonalIdNumberRule.agreesWith("075326000123", 2026, true)).isTrue();
        assertThat(PersonalIdNumberRule.agreesWith("075326000123", 2026, false)).isFalse();
        assertThat(PersonalIdNumberRule.agreesWith("075326000123", 1926, true)).isFalse();
        assertThat(PersonalIdNumberRule.agreesWith("075326000123", 2025, true)).isFalse();
        assertThat(PersonalIdNumberRule.agreesWith("07532600012x", 2026, true)).isFalse();
        assertThat(PersonalIdNumberRule.agreesWith("075326000123", 1850, true)).isFalse();
    }

    @Test
    void logsSeeTheProvinceOnly() {
        assertThat(PersonalIdNumberRule.forLogs("075326000123")).isEqualTo("075*********");
        assertThat(PersonalIdNumberRule.forLogs("07")).isEqualTo("***");
        assertThat(PersonalIdNumberRule.forLogs(null)).isEqualTo("***");
    }
}
