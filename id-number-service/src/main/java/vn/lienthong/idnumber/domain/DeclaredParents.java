package vn.lienthong.idnumber.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A newborn's parents as the dossier declares them, to be checked against the records before a
 * number is issued. Their numbers are the declaration's; {@code father} is null when no father is
 * declared. The check's data belongs to the request: the same request id sent with other parents'
 * data is another request ({@link #digest()}).
 */
public record DeclaredParents(DeclaredPerson mother, DeclaredPerson father) {

    /** A parent's name as declared, and the date of birth if declared. */
    public record DeclaredPerson(String fullName, LocalDate dateOfBirth) {

        /** For logs: nothing personal. */
        @Override
        public String toString() {
            return "DeclaredPerson[…]";
        }
    }

    /** A fingerprint of the declared data, kept with an answer instead of the names. */
    public String digest() {
        return sha256(part(mother) + '\u001f' + part(father));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String part(DeclaredPerson person) {
        return person == null ? "-" : person.fullName() + '\u001e' + person.dateOfBirth();
    }

    /** For logs: nothing personal. */
    @Override
    public String toString() {
        return "DeclaredParents[father=" + (father != null) + "]";
    }
}
