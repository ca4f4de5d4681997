package vn.lienthong.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    private static final String DECOMPOSED = "Nguye\u0302\u0303n Va\u0306n An";

    @Test
    void decomposedAndPrecomposedNamesBecomeTheSameString() {
        assertThat(TextRules.normalize(DECOMPOSED)).isEqualTo("Nguyễn Văn An");
        assertThat(TextRules.normalize(DECOMPOSED)).hasSize("Nguyễn Văn An".length());
        assertThat(TextRules.normalize(null)).isNull();
    }

    @Test
    void lengthIsCountedAfterNormalisationInCodePoints() {
        String hundredPrecomposed = "ễ".repeat(100);
        String hundredDecomposed = "e\u0302\u0303".repeat(100);
        assertThat(TextRules.fault(TextRules.normalize(hundredDecomposed), TextKind.PERSON_NAME)).isEmpty();
        assertThat(TextRules.fault(hundredPrecomposed + "a", TextKind.PERSON_NAME)).contains(TextFault.TOO_LONG);
        assertThat(TextRules.fault("😀".repeat(50), TextKind.LABEL)).isEmpty();
        assertThat(TextRules.fault("😀".repeat(51), TextKind.LABEL)).contains(TextFault.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hoa\u0000", "\u200B\u200B", "Hoa\u202Egnal", "Ho\u001Ba", "Hoa\r\nX", "Hoa\uD800",
            "\uDC00Hoa", "Hoa\uFEFF", "Hoa\u2028", "Hoa\uE000", "Hoa\u00AD", "Hoa\u200D", "Hoa\tLan", "Hoa\u0085"})
    void invisibleControlAndBrokenCharactersAreForbiddenInAName(String name) {
        assertThat(TextRules.fault(name, TextKind.PERSON_NAME)).contains(TextFault.FORBIDDEN_CHARACTER);
    }

    @Test
    void aNoteMaySpanLinesButHoldsNoOtherControlCharacter() {
        assertThat(TextRules.fault("Dòng 1\r\nDòng 2\tcột", TextKind.NOTE)).isEmpty();
        assertThat(TextRules.fault("Dòng 1\u0007", TextKind.NOTE)).contains(TextFault.FORBIDDEN_CHARACTER);
        assertThat(TextRules.hasForbiddenCharacter("Dòng 1\nDòng 2")).isFalse();
        assertThat(TextRules.hasForbiddenCharacter("a\u202Eb")).isTrue();
        assertThat(TextRules.hasForbiddenCharacter("a\uD83D")).isTrue();
        assertThat(TextRules.hasForbiddenCharacter("😀")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Điểu Thị Hoa", "H'Hen Niê", "Y-Moan Ênuôl", "Nguyễn Văn An Jr.", "Lò Văn Páo", "Ka’Thi"})
    void realNamesAreKept(String name) {
        assertThat(TextRules.fault(name, TextKind.PERSON_NAME)).isEmpty();
    }

    @Test
    void aNameNeedsLettersAndOnlyNameCharacters() {
        assertThat(TextRules.fault("12345", TextKind.PERSON_NAME)).contains(TextFault.NO_LETTER);
        assertThat(TextRules.fault("' - .", TextKind.PERSON_NAME)).contains(TextFault.NO_LETTER);
        assertThat(TextRules.fault("Hoa 2", TextKind.PERSON_NAME)).contains(TextFault.INVALID_NAME_CHARACTER);
        assertThat(TextRules.fault("Hoa <script>", TextKind.PERSON_NAME)).contains(TextFault.INVALID_NAME_CHARACTER);
        assertThat(TextRules.fault("Thôn 3, số 12/4", TextKind.ADDRESS_LINE)).isEmpty();
    }

    @Test
    void everyFaultSaysWhatToDoInBothLanguages() {
        for (TextFault fault : TextFault.values()) {
            assertThat(fault.messageVi(TextKind.NOTE)).isNotBlank();
            assertThat(fault.messageEn(TextKind.NOTE)).isNotBlank();
        }
        assertThat(TextFault.TOO_LONG.messageEn(TextKind.ADDRESS_LINE)).contains("200");
        assertThat(Optional.of(TextFault.TOO_LONG).map(TextFault::code)).contains("TOO_LONG");
    }
}
