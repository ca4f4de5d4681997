package vn.lienthong.idnumber.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdNumberTest {

    private static final ProvinceCode DONG_NAI = new ProvinceCode("075");

    @ParameterizedTest(name = "{0} born {1}: {2}")
    @CsvSource({
            // Circular 07/2016: 1900s male 0 / female 1, 2000s 2/3, 2100s 4/5, 2200s 6/7, 2300s 8/9
            "MALE,   1900-01-01, 075000004512",
            "FEMALE, 1998-04-12, 075198004512",
            "MALE,   1999-12-31, 075099004512",
            "MALE,   2000-01-01, 075200004512",
            "FEMALE, 2026-11-02, 075326004512",
            "MALE,   2099-06-30, 075299004512",
            "MALE,   2100-01-01, 075400004512",
            "FEMALE, 2150-03-15, 075550004512",
            "MALE,   2201-07-07, 075601004512",
            "FEMALE, 2299-09-09, 075799004512",
            "MALE,   2300-02-02, 075800004512",
            "FEMALE, 2399-12-31, 075999004512",
    })
    void provinceThenCenturyAndSexThenYearThenSixRandomDigits(Sex sex, LocalDate dateOfBirth, String expected) {
        PersonalIdNumber number = PersonalIdNumber.forBirth(DONG_NAI, sex, dateOfBirth, 4512);

        assertThat(number.value()).isEqualTo(expected).hasSize(12);
        assertThat(number.agreesWith(sex, dateOfBirth)).isTrue();
    }

    @Test
    void theProvinceIsThatOfTheRegistrationAndTheRandomPartKeepsItsLeadingZeros() {
        var newborn = PersonalIdNumber.forBirth(new ProvinceCode("001"), Sex.MALE, LocalDate.of(2026, 1, 5), 7);

        assertThat(newborn.value()).isEqualTo("001226000007");
    }

    @Test
    void yearsWithoutACenturyCodeAndRandomPartsOutsideSixDigitsAreRefused() {
        assertThatThrownBy(() -> PersonalIdNumber.forBirth(DONG_NAI, Sex.MALE, LocalDate.of(1899, 12, 31), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalIdNumber.forBirth(DONG_NAI, Sex.FEMALE, LocalDate.of(2400, 1, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalIdNumber.forBirth(DONG_NAI, Sex.FEMALE, LocalDate.of(2026, 1, 1), 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalIdNumber.forBirth(DONG_NAI, Sex.FEMALE, LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExampleParentsNumbersAgreeWithTheirSexAndYearOnly() {
        var mother = new PersonalIdNumber("070198001234");
        var father = new PersonalIdNumber("070095004567");

        assertThat(mother.agreesWith(Sex.FEMALE, LocalDate.of(1998, 4, 12))).isTrue();
        assertThat(father.agreesWith(Sex.MALE, LocalDate.of(1995, 9, 30))).isTrue();
        assertThat(mother.agreesWith(Sex.MALE, LocalDate.of(1998, 4, 12))).isFalse();
        assertThat(mother.agreesWith(Sex.FEMALE, LocalDate.of(1997, 4, 12))).isFalse();
        assertThat(mother.agreesWith(Sex.FEMALE, LocalDate.of(2098, 4, 12))).isFalse();
    }

    @Test
    void aNumberHasExactlyTwelveDigitsAndIsMaskedInLogs() {
        assertThat(new PersonalIdNumber("075326000123")).hasToString("075*********");
        assertThat(PersonalIdNumber.isWellFormed("07532600012")).isFalse();
        assertThat(PersonalIdNumber.isWellFormed("07532600012a")).isFalse();
        assertThat(PersonalIdNumber.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new PersonalIdNumber("0753260001234")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void provinceCodesHaveThreeDigitsStartingWithZero() {
        assertThat(new ProvinceCode("079").value()).isEqualTo("079");
        assertThatThrownBy(() -> new ProvinceCode("79")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProvinceCode("179")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMaskedNumberShowsTheProvinceTheCenturyAndSexDigitAndTheLastTwoDigitsOnly() {
        var number = new PersonalIdNumber("075326004512");

        assertThat(number.masked()).isEqualTo("0753******12");
        assertThat(PersonalIdNumber.isMasked(number.masked())).isTrue();
        assertThat(PersonalIdNumber.isMasked("075326004512")).isFalse();
        assertThat(PersonalIdNumber.isMasked("075326******")).isFalse();
    }
}
