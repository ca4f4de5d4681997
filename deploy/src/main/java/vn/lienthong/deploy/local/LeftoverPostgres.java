package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A PostgreSQL server still running on a data directory because the run that started it was
 * killed before it could stop it (the server is a process of its own, detached by {@code pg_ctl}).
 * It holds the port and the data directory, so the next start stops it first, as
 * {@code pg_ctl stop -m fast} would: SIGINT to the server, which ends open sessions, writes a
 * checkpoint and exits, keeping everything committed.
 */
final class LeftoverPostgres {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private LeftoverPostgres() {
    }

    /** Stops the server running on {@code dataDirectory}, if there is one; says what it did. */
    static void stop(Path dataDirectory, Consumer<String> console) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = serverOf(pidFile);
        if (server.isEmpty()) {
            return;
        }
        long pid = server.get().pid();
        String command = server.get().info().command().orElse("");
        if (!command.endsWith("/postgres")) {
            // The number was given to another program since: PostgreSQL would take it for a
            // running server and refuse to start, so the stale file goes.
            delete(pidFile);
            return;
        }
        console.accept("PostgreSQL (pid " + pid + ") của lần chạy trước vẫn chạy; đang dừng nó"
                + " / PostgreSQL (pid " + pid + ") from an earlier run is still running; stopping it");
        boolean stopped = fastShutdown(pid) && waitForExit(server.get());
        if (!stopped) {
            throw new IllegalStateException("Không dừng được PostgreSQL (pid " + pid + ") đang chạy trên " + dataDirectory
                    + "; hãy dừng nó bằng: kill -INT " + pid + " / Could not stop the PostgreSQL server (pid " + pid
                    + ") running on " + dataDirectory + "; stop it with: kill -INT " + pid);
        }
        console.accept("PostgreSQL của lần chạy trước đã dừng / the earlier PostgreSQL has stopped");
    }

    /**
     * Stops the server this run started on {@code dataDirectory} by a fast shutdown, and waits for
     * it (up to a minute): under load PostgreSQL may take longer than the embedded library's own
     * stop waits, which then reports the stop as failed.
     */
    static boolean stopOwn(Path dataDirectory) {
        Optional<ProcessHandle> server = serverOf(dataDirectory.resolve("postmaster.pid"));
        return server.isEmpty() || fastShutdown(server.get().pid()) && waitForExit(server.get());
    }

    /** The live process the pid file names (its first line), if any. */
    private static Optional<ProcessHandle> serverOf(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }

    /** SIGINT, PostgreSQL's fast shutdown; the JDK can only send SIGTERM (smart) or SIGKILL. */
    private static boolean fastShutdown(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle server) {
        try {
            server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !server.isAlive();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
