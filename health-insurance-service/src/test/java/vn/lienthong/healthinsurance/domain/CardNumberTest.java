package vn.lienthong.healthinsurance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardNumberTest {

    @Test
    void aChildsCardCodeIsTeLevelOneProvinceAndSocialInsuranceNumber() {
        var number = SocialInsuranceNumber.of("75", 12345678);

        var card = CardNumber.forChild(new ProvinceCode("075"), number);

        assertThat(number.value()).isEqualTo("7512345678");
        assertThat(card.value()).isEqualTo("TE1757512345678").hasSize(15);
    }

    @Test
    void serialsArePaddedToEightDigits() {
        assertThat(SocialInsuranceNumber.of("01", 7).value()).isEqualTo("0100000007");
    }

    @Test
    void provinceCodesAcceptTwoOrThreeDigits() {
        assertThat(new ProvinceCode("79").value()).isEqualTo("079");
        assertThat(new ProvinceCode("079").twoDigits()).isEqualTo("79");
        assertThatThrownBy(() -> new ProvinceCode("7")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonalIdNumberHasTwelveDigitsAndIsMaskedInLogs() {
        assertThat(new PersonalIdNumber("075326000123")).hasToString("075*********");
        assertThatThrownBy(() -> new PersonalIdNumber("07532600012")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalIdNumber("07532600012a")).isInstanceOf(IllegalArgumentException.class);
    }
}
