package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A service's JVM started warm: its executable jar extracted once per build into plain jars
 * (Spring Boot's {@code -Djarmode=tools extract} layout, the one a class-data archive can map),
 * and a training run that starts the service until it answers ready, without taking work
 * ({@link #TRAINING_ARGUMENTS}), is then stopped, and writes what the JVM loaded to an archive
 * that the next starts map instead of loading and verifying those classes again. Up to ready, not
 * only to the refreshed context ({@code -Dspring.context.exit=onRefresh}): with the classes of the
 * web server's and the messaging's start and of the first requests in the archive too, a start
 * took a quarter to a third less CPU (docs/performance.md, "Training runs to ready").
 *
 * <p>On JDK 25 and later the archive is the JDK's ahead-of-time cache ({@code -XX:AOTCacheOutput},
 * JEP 483/514: classes loaded and linked, and method profiles); on earlier JDKs it is a dynamic
 * class-data sharing archive ({@code -XX:ArchiveClassesAtExit}).
 *
 * <p>Everything lives in {@code <module>/target/warm-start/}, beside the jar it was made from, with
 * a stamp naming what it was made for: the jar's content (each entry's name, size and CRC, and
 * those of the entries of the project's own modules' jars inside it, so a rebuild that changed
 * nothing keeps the archive), the JDK and the JVM options. A stamp that does
 * not match means a new extraction and a new training run; the archive is never used for another
 * build. The JVM would refuse a mismatched archive by itself and start cold; the stamp makes the
 * run notice first and train again.
 */
final class WarmStart {

    /** JDK 25 has {@code -XX:AOTCacheOutput} (JEP 514): one training run makes the cache. */
    static final int AOT_CACHE_FEATURE = 25;
    /** The directory, beside a jar, that holds its warm start. */
    static final String DIRECTORY = "warm-start";
    private static final String STAMP = "stamp";
    private static final String EXTRACTED = "application";
    private static final Path NICE = Path.of("/usr/bin/nice");
    /**
     * The training run's arguments after the service's own: its Kafka consumers and (in the
     * orchestrator) its jobs and workers stay stopped, so that it takes no work from the running
     * system and joins no consumer group.
     */
    static final List<String> TRAINING_ARGUMENTS = List.of("--spring.cloud.stream.default.consumer.auto-startup=false",
            "--lienthong.background-work.enabled=false");
    /** In the stamp: archives trained another way are trained again. */
    private static final String TRAINING = "trained to ready";

    private final Path fatJar;
    private final Path directory;
    private final String fingerprint;
    private final boolean aotCache;

    private WarmStart(Path fatJar, Path directory, String fingerprint, boolean aotCache) {
        this.fatJar = fatJar;
        this.directory = directory;
        this.fingerprint = fingerprint;
        this.aotCache = aotCache;
    }

    /** The warm start of {@code fatJar} run on this JDK with {@code jvmOptions}. */
    static WarmStart of(Path fatJar, List<String> jvmOptions) {
        return of(fatJar, besideJar(fatJar), jvmOptions);
    }

    /** Where a jar's warm start is kept: {@code warm-start/} beside it, in its module's {@code target/}. */
    static Path besideJar(Path jar) {
        return jar.toAbsolutePath().getParent().resolve(DIRECTORY);
    }

    /** As above, kept in {@code directory} rather than beside the jar. */
    static WarmStart of(Path fatJar, Path directory, List<String> jvmOptions) {
        boolean aotCache = aotCacheOnThisJdk();
        return new WarmStart(fatJar, directory, fingerprint(fatJar, jvmOptions, aotCache), aotCache);
    }

    /** "CDS" or "AOT cache": which archive this JDK makes. */
    String kind() {
        return aotCache ? "AOT cache" : "CDS";
    }

    /** True when the extracted jars and the archive were made from this jar, for this JDK and these options. */
    boolean ready() {
        try {
            Path stamp = directory.resolve(STAMP);
            return Files.exists(stamp) && Files.exists(archive()) && Files.exists(jar())
                    && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    /** The extracted application jar, whose manifest names the libraries beside it. */
    Path jar() {
        return directory.resolve(EXTRACTED).resolve(fatJar.getFileName());
    }

    Path archive() {
        return directory.resolve(archiveName(aotCache));
    }

    /** Whether the JDK running this code makes an ahead-of-time cache rather than a class-data archive. */
    static boolean aotCacheOnThisJdk() {
        return Runtime.version().feature() >= AOT_CACHE_FEATURE;
    }

    /** The file name of the archive, or of the ahead-of-time cache, in a warm start's directory. */
    static String archiveName(boolean aotCache) {
        return aotCache ? "application.aot" : "application.jsa";
    }

    /** JVM options that map the archive; the JVM starts cold (and says so in the log) if it cannot. */
    List<String> runOptions() {
        return List.of(aotCache ? "-XX:AOTCache=" + archive() : "-XX:SharedArchiveFile=" + archive());
    }

    /** JVM options of the training run: write {@code output} as it exits. */
    List<String> trainingOptions(Path output) {
        return List.of(aotCache ? "-XX:AOTCacheOutput=" + output : "-XX:ArchiveClassesAtExit=" + output);
    }

    /** Where a training run writes its archive before {@link #complete} takes it. */
    Path trainingOutput() {
        return directory.resolve("training-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
                + (aotCache ? ".aot" : ".jsa"));
    }

    /**
     * Removes what an earlier build left (and what a training run of a killed run wrote) and
     * extracts this jar with {@code java} (the JDK the services run on), Spring Boot's tools mode,
     * at the lowest CPU priority where the system has {@code nice}.
     */
    void extract(Path javaExecutable) {
        try {
            Directories.empty(directory);
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(NICE)) {
                command.addAll(List.of(NICE.toString(), "-n", "19"));
            }
            command.addAll(List.of(javaExecutable.toString(), "-Djarmode=tools", "-jar",
                    fatJar.toAbsolutePath().toString(), "extract", "--destination", directory.resolve(EXTRACTED).toString()));
            Process extracting = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!extracting.waitFor(5, TimeUnit.MINUTES) || extracting.exitValue() != 0) {
                extracting.destroyForcibly();
                throw new IllegalStateException("could not extract " + fatJar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract " + fatJar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted extracting " + fatJar, e);
        }
    }

    /** Takes the archive a training run wrote and stamps it; false when the run wrote none. */
    boolean complete(Path trained) {
        try {
            if (!Files.exists(trained) || Files.size(trained) == 0) {
                Files.deleteIfExists(trained);
                return false;
            }
            Files.move(trained, archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(directory.resolve(STAMP), fingerprint + System.lineSeparator(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the archive " + trained, e);
        }
    }

    /** Removes what a failed training run wrote. */
    void discard(Path trained) {
        try {
            Files.deleteIfExists(trained);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + trained, e);
        }
    }

    /**
     * A jar of this project's own modules inside the service's jar, by its entries: every build
     * writes it again with new entry times, so its own CRC changes although its classes did not.
     */
    private static void digestEntries(String name, InputStream nested, MessageDigest digest) throws IOException {
        try (ZipInputStream jar = new ZipInputStream(nested)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                CRC32 crc = new CRC32();
                long size = 0;
                for (int read = jar.read(buffer); read >= 0; read = jar.read(buffer)) {
                    crc.update(buffer, 0, read);
                    size += read;
                }
                digest.update((name + '!' + entry.getName() + ' ' + size + ' ' + crc.getValue() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The jar's content (entry names, sizes and CRCs, not the times a rebuild changes; the
     * project's own nested jars by their entries), the JDK
     * and the JVM options an archive must be used with.
     */
    static String fingerprint(Path fatJar, List<String> jvmOptions, boolean aotCache) {
        try (ZipFile zip = new ZipFile(fatJar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            for (ZipEntry entry : entries) {
                if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith("-SNAPSHOT.jar")) {
                    digestEntries(entry.getName(), zip.getInputStream(entry), digest);
                } else {
                    digest.update((entry.getName() + ' ' + entry.getSize() + ' ' + entry.getCrc() + '\n')
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            String jdk = System.getProperty("java.home") + ' ' + System.getProperty("java.vm.version");
            digest.update((jdk + '\n' + String.join(" ", jvmOptions) + '\n' + (aotCache ? "aot" : "cds") + '\n' + TRAINING)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fatJar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
