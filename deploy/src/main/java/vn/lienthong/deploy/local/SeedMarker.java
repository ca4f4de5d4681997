package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Remembers, in the work directory ({@code seeded}), which seed files the services' databases
 * were loaded from: a digest of the files' names and contents. A start on kept databases that
 * were loaded from the same files does not load them again; other files (another number of
 * families) are loaded on top, which the services' imports allow, since they insert or update by
 * key and never add a row twice.
 */
final class SeedMarker {

    private final Path file;

    SeedMarker(Path workDirectory) {
        this.file = workDirectory.resolve("seeded");
    }

    boolean loadedFrom(Path seedDirectory) {
        try {
            return Files.isRegularFile(file) && Files.readString(file).strip().equals(digest(seedDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void markLoadedFrom(Path seedDirectory) {
        try {
            Files.writeString(file, digest(seedDirectory) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }

    private static String digest(Path seedDirectory) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(seedDirectory)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path seedFile : files) {
            sha256.update(seedFile.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha256.update(Files.readAllBytes(seedFile));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
