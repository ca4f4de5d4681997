package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterNumberingTest {

    private static final Year YEAR = Year.of(2026);

    @ParameterizedTest(name = "serial {0} of 1000 per volume: volume {1}, entry {2}")
    @CsvSource({
            "1, 01/2026, 1",
            "123, 01/2026, 123",
            "1000, 01/2026, 1000",
            "1001, 02/2026, 1",
            "2500, 03/2026, 500",
            "99001, 100/2026, 1",
    })
    void aNewVolumeStartsEveryThousandEntries(long serial, String volume, int entry) {
        assertThat(new RegisterLayout(1000).entryFor(YEAR, serial)).isEqualTo(new RegisterEntry(volume, entry));
    }

    @Test
    void theVolumeSizeIsAConfigurationOfTheRegister() {
        var layout = new RegisterLayout(2);

        assertThat(layout.entryFor(YEAR, 2)).isEqualTo(new RegisterEntry("01/2026", 2));
        assertThat(layout.entryFor(YEAR, 3)).isEqualTo(new RegisterEntry("02/2026", 1));
        assertThatThrownBy(() -> new RegisterLayout(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout.entryFor(YEAR, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCertificateNumberNamesCommuneYearAndSerial() {
        var number = BirthCertificateNumber.of(new CommuneCode("25450"), YEAR, 123);

        assertThat(number.value()).isEqualTo("KS-25450-2026-000123");
        assertThat(BirthCertificateNumber.isWellFormed("KS-25450-2026-000123")).isTrue();
        assertThat(BirthCertificateNumber.isWellFormed("KS-2545-2026-000123")).isFalse();
        assertThat(BirthCertificateNumber.isWellFormed("ks-25450-2026-000123")).isFalse();
        assertThat(BirthCertificateNumber.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> BirthCertificateNumber.of(new CommuneCode("25450"), YEAR, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeathExtractNumberNamesCommuneYearAndSerialOfTheDeathRegister() {
        var number = DeathExtractNumber.of(new CommuneCode("25450"), YEAR, 17);

        assertThat(number.value()).isEqualTo("KT-25450-2026-000017");
        assertThat(DeathExtractNumber.isWellFormed("KT-25450-2026-000017")).isTrue();
        assertThat(DeathExtractNumber.isWellFormed("KS-25450-2026-000017")).isFalse();
        assertThat(DeathExtractNumber.isWellFormed("KT-25450-26-000017")).isFalse();
        assertThat(DeathExtractNumber.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> DeathExtractNumber.of(new CommuneCode("25450"), YEAR, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommuneCodeHasFiveDigits() {
        assertThat(CommuneCode.isWellFormed("25450")).isTrue();
        assertThat(CommuneCode.isWellFormed("2545")).isFalse();
        assertThat(CommuneCode.isWellFormed("25450a")).isFalse();
        assertThatThrownBy(() -> new CommuneCode("2545x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonalIdNumberHasTwelveDigitsAndIsMaskedInLogs() {
        assertThat(new PersonalIdNumber("075326000123")).hasToString("075*********");
        assertThatThrownBy(() -> new PersonalIdNumber("07532600012")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalIdNumber("07532600012a")).isInstanceOf(IllegalArgumentException.class);
    }
}
