package vn.lienthong.residence.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An address line as it is compared: Unicode-composed, spaces trimmed and collapsed, lower case.
 * Diacritics are kept, because in Vietnamese they tell places apart ("Thôn" is not "Thơn").
 * Composing first makes a line typed with combining accents equal to the same line typed with
 * precomposed letters.
 */
public record AddressKey(String value) {

    public static AddressKey of(String addressLine) {
        String composed = Normalizer.normalize(addressLine, Normalizer.Form.NFC);
        // (?U): every Unicode space counts, including the no-break space that copy-paste brings.
        return new AddressKey(composed.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT));
    }
}
