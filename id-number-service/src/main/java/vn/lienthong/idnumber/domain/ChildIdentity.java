package vn.lienthong.idnumber.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes two birth declarations the same newborn: the same mother (by personal ID number),
 * the same full name, the same sex and the same date of birth. A lifetime number must not be
 * issued twice for one child, so a newborn who matches an earlier one is sent to an officer
 * rather than numbered.
 *
 * <p>Names are compared in one written form: Unicode NFC (a name typed with combining marks,
 * NFD, is the same name), trimmed, inner white space collapsed to one space, and lower-cased
 * letter by letter (Unicode simple case mapping, as PostgreSQL's {@code lower} under the
 * {@code pg_c_utf8} collation). Diacritics are kept: they tell Vietnamese names apart ("Đào" and
 * "Dao", "Lan" and "Lân" are different names).
 *
 * <p>Twins with different names are different children. Twins given the same name cannot be
 * told apart by this rule: an officer confirms that the child is another one.
 */
public record ChildIdentity(PersonalIdNumber mother, String nameKey, Sex sex, LocalDate dateOfBirth) {

    /** The request fields that must all match, in the order they are reported. */
    public static final List<String> MATCHED_FIELDS =
            List.of("motherPersonalIdNumber", "fullName", "sex", "dateOfBirth");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

    public ChildIdentity {
        Objects.requireNonNull(mother, "mother");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }

    public static ChildIdentity of(BirthDeclaration birth) {
        return new ChildIdentity(birth.mother(), nameKey(birth.fullName()), birth.sex(), birth.dateOfBirth());
    }

    /** The full name in the one form names are compared in. */
    public static String nameKey(String fullName) {
        String collapsed = WHITE_SPACE.matcher(Normalizer.normalize(fullName, Normalizer.Form.NFC)).replaceAll(" ").strip();
        StringBuilder key = new StringBuilder(collapsed.length());
        collapsed.codePoints().map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** One text for the whole identity, e.g. to take a lock on it; it holds personal data. */
    public String key() {
        return mother.value() + '|' + nameKey + '|' + sex + '|' + dateOfBirth;
    }

    /** For logs: no name and no date of birth. */
    @Override
    public String toString() {
        return "ChildIdentity[mother=" + mother + "]";
    }
}
