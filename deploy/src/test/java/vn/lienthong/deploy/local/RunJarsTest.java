package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJarsTest {

    @TempDir
    Path directory;

    @Test
    void aBuildWhileTheRunRunsLeavesTheRunsCopyAsItWasAndTheNextStartTakesTheNewBuild() throws IOException {
        Path built = directory.resolve("target/app.jar");
        Files.createDirectories(built.getParent());
        Files.writeString(built, "first build");
        Files.setLastModifiedTime(built, FileTime.fromMillis(1_000_000));
        Path runs = directory.resolve("run/jars");

        Path copy = RunJars.copy(built, runs);
        assertThat(copy).startsWith(runs).hasContent("first build");

        // A rebuild writes the jar in place, as Maven's jar and repackaging steps do.
        Files.writeString(built, "second build, longer");
        assertThat(copy).as("the running JVM's jar").hasContent("first build");

        Path next = RunJars.copy(built, runs);
        assertThat(next).isEqualTo(copy).hasContent("second build, longer");
        assertThat(Files.getLastModifiedTime(next).toMillis()).isEqualTo(Files.getLastModifiedTime(built).toMillis());
        assertThat(runs.resolve("app.jar.partial")).doesNotExist();
    }

    @Test
    void anUnchangedBuildIsNotCopiedAgain() throws IOException {
        Path built = directory.resolve("app.jar");
        Files.writeString(built, "build", StandardCharsets.UTF_8);
        Path runs = directory.resolve("jars");
        Path copy = RunJars.copy(built, runs);
        FileTime copied = Files.getLastModifiedTime(copy);
        // Marks the copy: a second copy would overwrite the mark.
        Files.writeString(copy, "build");
        Files.setAttribute(copy, "lastModifiedTime", copied);
        Object inode = Files.getAttribute(copy, "unix:ino");

        assertThat(RunJars.copy(built, runs)).isEqualTo(copy);
        assertThat(Files.getAttribute(copy, "unix:ino")).as("the same file, not a new copy").isEqualTo(inode);
    }
}
