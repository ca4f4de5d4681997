package vn.lienthong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lowers the CPU priority (raises the nice value) of the system under test, every thread of its
 * processes and of the processes they started, so that the load generator, which shares the
 * machine's cores with it, stands for a portal on machines of its own: its garbage collection,
 * its reading of completions and its per-second readings are not queued behind the system's
 * threads. Measured on 2 cores without it, the load generator's young collections took 0.5–4.5 s
 * under overload, seconds in which it neither submitted nor read completions. The overload mode
 * does it by default; at saturation it cost the system more than the pauses distorted
 * ({@link BenchOptions#systemNiceFor}, docs/performance.md, "The load generator's priority").
 *
 * <p>The system's processes keep their priority among themselves, and the load generator's CPU is
 * still on the same cores and still counted in the machine's figures. On Linux a nice value is a
 * thread's, and a thread inherits its creator's, so once every thread has it every later thread
 * (and forked process, such as a PostgreSQL backend) has it too; a second pass takes the threads
 * started while the first ran.
 */
final class SystemPriority {

    private SystemPriority() {
    }

    /**
     * Gives {@code niceness} (1–19) to every thread of {@code pids} and of their descendants.
     * Returns how many threads were changed.
     */
    static int lower(Collection<Long> pids, int niceness) throws IOException, InterruptedException {
        if (niceness < 1 || niceness > 19) {
            throw new IllegalArgumentException("niceness: 1 to 19, not " + niceness);
        }
        Set<Long> done = new LinkedHashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            List<Long> threads = new ArrayList<>();
            for (long thread : threadsOf(pids)) {
                if (done.add(thread)) {
                    threads.add(thread);
                }
            }
            renice(threads, niceness);
        }
        return done.size();
    }

    /** The thread ids of {@code pids} and of every process they started, as /proc lists them. */
    static Set<Long> threadsOf(Collection<Long> pids) throws IOException {
        Set<Long> processes = new LinkedHashSet<>();
        for (long pid : pids) {
            processes.add(pid);
            ProcessHandle.of(pid).ifPresent(process -> process.descendants().forEach(child -> processes.add(child.pid())));
        }
        Set<Long> threads = new LinkedHashSet<>();
        for (long process : processes) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process), "task"))) {
                tasks.forEach(task -> threads.add(Long.parseLong(task.getFileName().toString())));
            } catch (NoSuchFileException ended) {
                // A backend that ended meanwhile: nothing to lower.
            }
        }
        return threads;
    }

    private static void renice(List<Long> threads, int niceness) throws IOException, InterruptedException {
        for (int from = 0; from < threads.size(); from += 500) {
            List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(niceness), "-p"));
            threads.subList(from, Math.min(threads.size(), from + 500)).forEach(tid -> command.add(Long.toString(tid)));
            Process renice = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(renice.getInputStream().readAllBytes());
            // A thread that ended between the listing and renice is reported and skipped: not a failure.
            if (renice.waitFor() != 0 && !output.lines().allMatch(line -> line.contains("No such process")
                    || line.contains("new priority"))) {
                throw new IOException("renice failed: " + output.strip());
            }
        }
    }
}
