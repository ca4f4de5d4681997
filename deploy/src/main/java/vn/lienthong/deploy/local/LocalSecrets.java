package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The passwords and client secrets of a local run, made up on its first start and kept in
 * {@code secrets.properties} of its directory (readable by its owner only), so that a kept run
 * finds its databases and clients again. No secret is in the code or in a committed file.
 */
public final class LocalSecrets {

    private static final String FILE = "secrets.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values = new Properties();

    private LocalSecrets(Path file) {
        this.file = file;
    }

    /** The secrets kept in {@code directory}, with any missing one made up and written. */
    public static LocalSecrets in(Path directory) {
        var secrets = new LocalSecrets(directory.resolve(FILE));
        secrets.load();
        return secrets;
    }

    /** The secrets of a run that already started in {@code directory} (for a client of that run). */
    public static LocalSecrets ofRun(Path directory) {
        if (!Files.exists(directory.resolve(FILE))) {
            throw new IllegalStateException("no " + FILE + " in " + directory + ": has ./run-local.sh started there?");
        }
        return in(directory);
    }

    /** The password of a service's database role. */
    public String databasePassword(String database) {
        return value("database." + database);
    }

    /** The secret of an OAuth 2 client registered with the identity provider. */
    public String clientSecret(String clientId) {
        return value("client." + clientId);
    }

    /** The password of a Kafka user: a service's, the broker's {@code admin} or its {@code controller}. */
    public String kafkaPassword(String user) {
        return value("kafka." + user);
    }

    /** The broker's own users' passwords. */
    public LocalKafka.Credentials kafkaCredentials() {
        return new LocalKafka.Credentials(kafkaPassword(LocalKafka.ADMIN), kafkaPassword(LocalKafka.CONTROLLER));
    }

    /** The one password of the demo staff accounts. */
    public String demoPassword() {
        return value("demo-staff.password");
    }

    public Path file() {
        return file;
    }

    private synchronized String value(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            values.setProperty(key, value);
            save();
        }
        return value;
    }

    private void load() {
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (var entry : new TreeMap<>(values).entrySet()) {
                    out.write(entry.getKey() + "=" + entry.getValue() + System.lineSeparator());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
