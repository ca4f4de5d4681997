package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The processes a run started, written to a file in its work directory ({@code processes}: one
 * line per process, {@code name pid start-time}) and removed by an orderly stop. A run that was
 * killed outright leaves its services running, holding their ports and database sessions; the
 * next start on the same directory finds them here and stops them. The start time tells a
 * process from a later one that was given the same number.
 */
final class RecordedProcesses {

    static final String SUPERVISOR = "supervisor";
    /**
     * A leftover service lost its Kafka broker with the run that started it, so its graceful
     * shutdown would only wait for Kafka in vain; it is killed after this. Killing a service at
     * any moment loses nothing: that is what the outbox and the idempotent receivers are for.
     */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);

    private final Path file;

    RecordedProcesses(Path workDirectory) {
        this.file = workDirectory.resolve("processes");
    }

    private record Entry(String name, ProcessHandle process) {
    }

    /**
     * Refuses to go on while the run that wrote the file is still alive (two runs must not share a
     * directory), then stops the services it left.
     */
    void stopLeftovers(Consumer<String> console) {
        List<Entry> alive = read();
        for (Entry entry : alive) {
            if (entry.name().equals(SUPERVISOR) && entry.process().pid() != ProcessHandle.current().pid()) {
                throw new IllegalStateException("Một lần chạy khác (pid " + entry.process().pid() + ") đang dùng "
                        + file.getParent() + "; hãy dừng nó trước / another run (pid " + entry.process().pid()
                        + ") is using " + file.getParent() + "; stop it first");
            }
        }
        for (Entry entry : alive) {
            if (!entry.name().equals(SUPERVISOR)) {
                console.accept("Dịch vụ " + entry.name() + " (pid " + entry.process().pid() + ") của lần chạy trước vẫn chạy;"
                        + " đang dừng nó / " + entry.name() + " (pid " + entry.process().pid()
                        + ") from an earlier run is still running; stopping it");
                entry.process().destroy();
            }
        }
        for (Entry entry : alive) {
            if (!entry.name().equals(SUPERVISOR) && !exited(entry.process(), GRACE)) {
                entry.process().destroyForcibly();
                exited(entry.process(), KILL_TIMEOUT);
            }
        }
        clear();
    }

    /** Records this JVM and the services' current processes, replacing what was recorded. */
    void record(Collection<ServiceProcess> services) {
        List<String> lines = new ArrayList<>();
        lines.add(line(SUPERVISOR, ProcessHandle.current()));
        for (ServiceProcess service : services) {
            ProcessHandle handle = service.handle();
            if (handle != null) {
                lines.add(line(service.service().moduleName(), handle));
            }
        }
        try {
            Path written = file.resolveSibling(file.getFileName() + ".new");
            Files.write(written, lines);
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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

    private static String line(String name, ProcessHandle process) {
        return name + " " + process.pid() + " " + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** The recorded processes that still run, and are the very processes recorded. */
    private List<Entry> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Entry> alive = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.strip().split(" ");
                if (parts.length != 3 || !parts[1].matches("\\d+") || !parts[2].matches("\\d+")) {
                    continue;
                }
                long started = Long.parseLong(parts[2]);
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[1]))
                        .filter(ProcessHandle::isAlive)
                        .filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L) == started);
                process.ifPresent(handle -> alive.add(new Entry(parts[0], handle)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return alive;
    }

    private static boolean exited(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
