package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmStartTest {

    private static final List<String> OPTIONS = LocalSystem.Settings.SMALL_JVM;

    @TempDir
    Path directory;

    @Test
    void aRebuildThatChangedNothingKeepsTheArchiveAndAnyChangedClassOrOptionMakesANewOne() throws IOException {
        Path built = jar("first/app.jar", Map.of("BOOT-INF/classes/A.class", "a", "BOOT-INF/lib/x.jar", "x"), 1_000);
        Path rebuilt = jar("second/app.jar", Map.of("BOOT-INF/classes/A.class", "a", "BOOT-INF/lib/x.jar", "x"), 9_000_000);
        Path changed = jar("third/app.jar", Map.of("BOOT-INF/classes/A.class", "b", "BOOT-INF/lib/x.jar", "x"), 1_000);

        String fingerprint = WarmStart.fingerprint(built, OPTIONS, false);
        assertThat(WarmStart.fingerprint(rebuilt, OPTIONS, false)).as("same content, other times").isEqualTo(fingerprint);
        assertThat(WarmStart.fingerprint(changed, OPTIONS, false)).as("a class changed").isNotEqualTo(fingerprint);
        assertThat(WarmStart.fingerprint(built, List.of("-Xmx1g"), false)).as("other JVM options").isNotEqualTo(fingerprint);
        assertThat(WarmStart.fingerprint(built, OPTIONS, true)).as("an AOT cache, not a CDS archive").isNotEqualTo(fingerprint);
    }

    @Test
    void aModuleJarInsideWrittenAgainWithNewTimesKeepsTheArchiveAndAChangedClassInItDoesNot() throws IOException {
        byte[] module = bytes(jar("first/contracts-0.1.0-SNAPSHOT.jar", Map.of("C.class", "c"), 1_000));
        byte[] rewritten = bytes(jar("second/contracts-0.1.0-SNAPSHOT.jar", Map.of("C.class", "c"), 9_000_000));
        byte[] changed = bytes(jar("third/contracts-0.1.0-SNAPSHOT.jar", Map.of("C.class", "changed"), 1_000));
        assertThat(rewritten).as("the nested jar's own bytes differ").isNotEqualTo(module);
        String lib = "BOOT-INF/lib/contracts-0.1.0-SNAPSHOT.jar";

        String fingerprint = WarmStart.fingerprint(service("a/app.jar", lib, module), OPTIONS, false);
        assertThat(WarmStart.fingerprint(service("b/app.jar", lib, rewritten), OPTIONS, false))
                .as("the module written again, its classes the same").isEqualTo(fingerprint);
        assertThat(WarmStart.fingerprint(service("c/app.jar", lib, changed), OPTIONS, false))
                .as("a class of the module changed").isNotEqualTo(fingerprint);
    }

    @Test
    void theArchiveServesOnlyTheBuildItWasTrainedOnAndAFailedTrainingLeavesNone() throws IOException {
        Path jar = jar("service/target/app.jar", Map.of("BOOT-INF/classes/A.class", "a"), 1_000);
        WarmStart start = WarmStart.of(jar, OPTIONS);
        assertThat(start.ready()).as("before any training").isFalse();
        Files.createDirectories(start.jar().getParent());
        Files.writeString(start.jar(), "extracted");

        Path failed = start.trainingOutput();
        Files.writeString(failed, "half an archive");
        start.discard(failed);
        assertThat(failed).doesNotExist();
        assertThat(start.ready()).as("after a failed training").isFalse();
        assertThat(start.complete(start.trainingOutput())).as("a training that wrote nothing").isFalse();
        assertThat(start.ready()).isFalse();

        Path trained = start.trainingOutput();
        Files.writeString(trained, "archive");
        assertThat(start.complete(trained)).isTrue();
        assertThat(start.ready()).as("after the training").isTrue();
        assertThat(start.runOptions()).singleElement().asString().endsWith(start.archive().toString());

        jar("service/target/app.jar", Map.of("BOOT-INF/classes/A.class", "changed"), 1_000);
        assertThat(WarmStart.of(jar, OPTIONS).ready()).as("after a build that changed a class").isFalse();
    }

    private Path service(String name, String libName, byte[] lib) throws IOException {
        Path jar = directory.resolve(name);
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("BOOT-INF/classes/A.class"));
            zip.write("a".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(libName));
            zip.write(lib);
            zip.closeEntry();
        }
        return jar;
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private Path jar(String name, Map<String, String> entries, long time) throws IOException {
        Path jar = directory.resolve(name);
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
