package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The copies of the built jars a long-lived run executes, so that a build while it runs (which
 * writes the jars in {@code target/}) does not change the classes under a running JVM.
 */
final class RunJars {

    private RunJars() {
    }

    /**
     * The copy of {@code built} in {@code directory}: the one there when it has the built jar's size
     * and time (to the millisecond), else a new one, written beside it and moved into place.
     */
    static Path copy(Path built, Path directory) {
        Path copy = directory.resolve(built.getFileName());
        try {
            if (Files.exists(copy) && Files.size(copy) == Files.size(built)
                    && modified(copy) == modified(built)) {
                return copy;
            }
            Files.createDirectories(directory);
            Path partial = directory.resolve(built.getFileName() + ".partial");
            Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + built + " to " + directory, e);
        }
    }

    /** In milliseconds: a copy keeps the time to the microsecond only, the file system has nanoseconds. */
    private static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toMillis();
    }
}
