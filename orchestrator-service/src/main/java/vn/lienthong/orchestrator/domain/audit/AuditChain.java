package vn.lienthong.orchestrator.domain.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * How an entry is chained: {@code hash} = lowercase hex SHA-256 of its canonical form, which ends
 * with the previous entry's hash; the first entry follows {@link #GENESIS}.
 *
 * <p>The canonical form is the line {@value #VERSION}, then every field in this order: seq, at,
 * subject, display name, role, communes, client id, action, target, endpoint, reason, details,
 * previous hash. A value is written as its length in UTF-8 bytes (decimal), {@code :}, its bytes
 * and a line feed; an absent value as {@code -} and a line feed; a list as its count, {@code #}
 * and a line feed, then each element as a value. {@code seq} is decimal, {@code at} is UTC with
 * exactly six decimals ({@code 2026-11-23T02:00:00.000000Z}), {@code details} the JSON text as
 * stored. With every length given, no two different entries share a form, whatever their values
 * hold. docs/security.md shows a worked example.
 */
public final class AuditChain {

    public static final String VERSION = "lienthong-audit-v1";
    /** What the first entry is chained to. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The entry's canonical form; its own {@code hash} is not part of it. */
    public static byte[] canonicalForm(ChainedEntry entry) {
        var form = new Form();
        form.line(VERSION);
        form.value(Long.toString(entry.seq()));
        form.value(AT.format(entry.at()));
        form.value(entry.actor().subject());
        form.value(entry.actor().displayName());
        form.value(entry.actor().role());
        form.list(entry.actor().communes());
        form.value(entry.actor().clientId());
        form.value(entry.action());
        form.value(entry.target());
        form.value(entry.endpoint());
        form.value(entry.reason());
        form.value(entry.details());
        form.value(entry.prevHash());
        return form.bytes.toByteArray();
    }

    public static String hash(ChainedEntry entry) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalForm(entry)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class Form {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);

        void line(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            bytes.write('\n');
        }

        void value(String value) {
            if (value == null) {
                line("-");
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(utf8);
            bytes.write('\n');
        }

        void list(List<String> values) {
            line(values.size() + "#");
            values.forEach(this::value);
        }
    }
}
