package vn.lienthong.rules.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rules every text obeys. {@link #normalize} gives the one form a text is stored in (NFC), so
 * that "Nguyễn" typed with combining marks and "Nguyễn" typed precomposed are the same string and
 * have the same length. {@link #fault} says what is wrong with a normalised value of a kind.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The value in Unicode normalisation form C; null stays null. */
    public static String normalize(String value) {
        if (value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code value} holds a character no text may hold, whatever its kind: an unpaired
     * surrogate, a control character other than tab and line breaks, a format character (bidi
     * controls, zero-width characters, BOM), a private-use or unassigned code point, or a
     * line or paragraph separator.
     */
    public static boolean hasForbiddenCharacter(String value) {
        return value.codePoints().anyMatch(codePoint -> forbidden(codePoint, true));
    }

    /** The first fault of a normalised, non-blank {@code value} of {@code kind}, if any. */
    public static Optional<TextFault> fault(String value, TextKind kind) {
        if (value.codePoints().anyMatch(codePoint -> forbidden(codePoint, kind.multiLine()))) {
            return Optional.of(TextFault.FORBIDDEN_CHARACTER);
        }
        if (value.codePointCount(0, value.length()) > kind.maxLength()) {
            return Optional.of(TextFault.TOO_LONG);
        }
        if (kind == TextKind.PERSON_NAME) {
            if (value.codePoints().noneMatch(Character::isLetter)) {
                return Optional.of(TextFault.NO_LETTER);
            }
            if (!value.codePoints().allMatch(TextRules::nameCharacter)) {
                return Optional.of(TextFault.INVALID_NAME_CHARACTER);
            }
        }
        return Optional.empty();
    }

    private static boolean forbidden(int codePoint, boolean lineBreaksAllowed) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return !lineBreaksAllowed;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static boolean nameCharacter(int codePoint) {
        return Character.isLetter(codePoint)
                || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK
                || codePoint == ' ' || codePoint == '\'' || codePoint == '\u2019' || codePoint == '-' || codePoint == '.';
    }
}
