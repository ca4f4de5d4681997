package vn.lienthong.rules.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a declared name is compared with the population database's record, the one rule the
 * orchestrator and the population database apply to a dossier's parents: ignoring case and
 * spacing, but not diacritics (Lan and Lân are different names).
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** Whether the two names are the same name; an absent name is the empty name. */
    public static boolean sameName(String declared, String registered) {
        return normalised(declared).equals(normalised(registered));
    }

    private static String normalised(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
