package vn.lienthong.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeyTest {

    @Test
    void spacesAndCaseDoNotMatter() {
        assertThat(AddressKey.of("  thôn   3 ")).isEqualTo(AddressKey.of("Thôn 3"));
        assertThat(AddressKey.of("THÔN\t3")).isEqualTo(AddressKey.of("Thôn 3"));
        assertThat(AddressKey.of("Thôn\u00a03")).isEqualTo(AddressKey.of("Thôn 3"));
        assertThat(AddressKey.of("ĐƯỜNG Lê Lợi").value()).isEqualTo("đường lê lợi");
    }

    @Test
    void diacriticsTellPlacesApart() {
        assertThat(AddressKey.of("Thon 3")).isNotEqualTo(AddressKey.of("Thôn 3"));
        assertThat(AddressKey.of("Thơn 3")).isNotEqualTo(AddressKey.of("Thôn 3"));
    }

    @Test
    void combiningAccentsEqualPrecomposedLetters() {
        String decomposed = "Tho\u0302n 3";

        assertThat(decomposed).isNotEqualTo("Thôn 3");
        assertThat(AddressKey.of(decomposed)).isEqualTo(AddressKey.of("Thôn 3"));
    }

    @Test
    void otherWordsAreOtherAddresses() {
        assertThat(AddressKey.of("Thôn 3")).isNotEqualTo(AddressKey.of("Thôn 30"));
    }
}
