package vn.lienthong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and memory of the system's processes, read from /proc. PostgreSQL is many processes
 * sharing memory, so its memory is the sum of their proportional set sizes (PSS), which counts
 * shared pages once. Its processes are the system's postmaster and the processes it started, so
 * another PostgreSQL on the same machine is not counted; the CPU of backends that ended during
 * the measurement is counted too (as the postmaster's children's time).
 */
final class ProcessMeter {

    /** The kernel's clock ticks (USER_HZ), the unit of every CPU time in /proc. */
    static final double CLOCK_TICKS_PER_SECOND = 100.0;

    /**
     * CPU seconds in all and in the kernel (system time), the peak memory, and for a JVM its
     * busiest threads ({@link ThreadGroupCpu}).
     */
    record Usage(String name, double cpuSeconds, double systemCpuSeconds, double peakMegabytes,
                 List<ThreadGroupCpu> threads) {
    }

    /**
     * The CPU seconds of a process's threads of one kind in the window: their names as the kernel
     * keeps them (the first 15 characters) with every digit as {@code N}, so the 16 call threads
     * of a pool are one line. Threads that ended during the window are not counted.
     */
    record ThreadGroupCpu(String threads, double cpuSeconds) {
    }

    /** How many of a process's thread kinds the report keeps, the busiest first. */
    static final int THREAD_GROUPS_KEPT = 5;

    /** How many of PostgreSQL's kinds of process the report keeps, the busiest first. */
    static final int POSTGRES_KINDS_KEPT = 10;

    /** PostgreSQL's kind for the processes that ended during the window (counted by the postmaster). */
    static final String ENDED_PROCESSES = "(processes that ended)";

    /** The key under which {@link #ProcessMeter} takes the postmaster's pid. */
    static final String POSTGRES = "postgres";

    private final Map<String, List<Long>> pids;
    private final long postmaster;
    private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
    private final Map<String, Double> systemCpuAtStart = new LinkedHashMap<>();
    /** Written by {@link #sample} from any thread, without waiting for the CPU's readings. */
    private final Map<String, Double> peakMegabytes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<Long, Long>> threadTicksAtStart = new LinkedHashMap<>();
    private Map<Long, Long> postgresTicksAtStart = Map.of();
    private long postgresEndedTicksAtStart;
    private MachineCpu.Reading machineAtStart;
    private MachineCpu machine;
    private long startedAtNanos;
    private long stoppedAtNanos;

    /**
     * {@code pids} by process name; under {@link #POSTGRES}, the postmaster's pid (see
     * {@link #postmasterOf}), whose children are found by themselves.
     */
    ProcessMeter(Map<String, Long> jvmPids) {
        this.pids = new LinkedHashMap<>();
        jvmPids.forEach((name, pid) -> {
            if (!name.equals(POSTGRES)) {
                pids.put(name, List.of(pid));
            }
        });
        this.postmaster = jvmPids.getOrDefault(POSTGRES, -1L);
        if (postmaster > 0) {
            pids.put(POSTGRES, List.of());
        }
    }

    /** The pid of the postmaster serving {@code jdbcUrl}: the parent of a backend it starts for us. */
    static long postmasterOf(String jdbcUrl, String user) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, user, "");
             var statement = connection.createStatement();
             var result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            String[] fields = statFields(result.getLong(1));
            if (fields.length <= 3) {
                throw new IllegalStateException("PostgreSQL runs on another machine: its CPU cannot be read here");
            }
            return Long.parseLong(fields[3]);
        }
    }

    /**
     * Reads every process's CPU and the machine's. {@link #startedAt} is then the middle of those
     * readings: on a busy machine they take a while, and the window is timed by them.
     */
    synchronized void start() {
        long begun = System.nanoTime();
        machineAtStart = MachineCpu.Reading.now();
        for (String name : pids.keySet()) {
            cpuAtStart.put(name, cpuSeconds(name, true));
            systemCpuAtStart.put(name, cpuSeconds(name, false));
            peakMegabytes.put(name, 0.0);
            if (!name.equals(POSTGRES)) {
                threadTicksAtStart.put(name, threadTicks(pids.get(name).get(0)));
            }
        }
        if (pids.containsKey(POSTGRES)) {
            postgresTicksAtStart = postgresTicks();
            postgresEndedTicksAtStart = endedChildrenTicks();
        }
        startedAtNanos = begun + (System.nanoTime() - begun) / 2;
    }

    /**
     * Called about once a second during the measurement to keep the peak memory, from any thread;
     * it does not hold up the CPU's readings.
     */
    void sample() {
        for (String name : pids.keySet()) {
            peakMegabytes.merge(name, megabytes(name), Math::max);
        }
    }

    /**
     * Reads each process's threads, then its totals, then the whole machine: so a process's window
     * lies within the machine's (read first at the start, last at the stop), and a kind of thread
     * never shows more than its process, whatever runs while the readings are taken.
     */
    synchronized List<Usage> stop() {
        long begun = System.nanoTime();
        List<Usage> usage = new ArrayList<>();
        for (String name : pids.keySet()) {
            List<ThreadGroupCpu> threads = name.equals(POSTGRES) ? postgresKinds()
                    : threadGroups(pids.get(name).get(0), threadTicksAtStart.get(name));
            usage.add(new Usage(name, cpuSeconds(name, true) - cpuAtStart.get(name),
                    cpuSeconds(name, false) - systemCpuAtStart.get(name), 0, threads));
        }
        machine = MachineCpu.between(machineAtStart, MachineCpu.Reading.now());
        stoppedAtNanos = begun + (System.nanoTime() - begun) / 2;
        // The memory last: PostgreSQL's is slow to read under load, and the CPU is read at the edge.
        sample();
        return usage.stream().map(u -> new Usage(u.name(), u.cpuSeconds(), u.systemCpuSeconds(),
                peakMegabytes.get(u.name()), u.threads())).toList();
    }

    /** The middle of the readings {@link #start} took (nanoTime). */
    synchronized long startedAt() {
        return startedAtNanos;
    }

    /** The middle of the readings {@link #stop} took (nanoTime); what was measured is the CPU between the two. */
    synchronized long stoppedAt() {
        if (machine == null) {
            throw new IllegalStateException("not stopped yet");
        }
        return stoppedAtNanos;
    }

    /** The whole machine's CPU between {@link #start} and {@link #stop}, read just before and after the processes'. */
    synchronized MachineCpu machine() {
        if (machine == null) {
            throw new IllegalStateException("not stopped yet");
        }
        return machine;
    }

    private List<Long> pidsOf(String name) {
        return name.equals(POSTGRES) ? postgresPids() : pids.get(name);
    }

    /**
     * User and system time together, or system time only; for PostgreSQL also the time of the
     * postmaster's children that ended (fields 16 and 17 of its stat).
     */
    private double cpuSeconds(String name, boolean userToo) {
        double ticks = 0;
        for (long pid : pidsOf(name)) {
            String[] fields = statFields(pid);
            if (fields.length > 16) {
                ticks += (userToo ? Long.parseLong(fields[13]) : 0) + Long.parseLong(fields[14]);
                if (pid == postmaster) {
                    ticks += (userToo ? Long.parseLong(fields[15]) : 0) + Long.parseLong(fields[16]);
                }
            }
        }
        return ticks / CLOCK_TICKS_PER_SECOND;
    }

    private double megabytes(String name) {
        double kilobytes = 0;
        for (long pid : pidsOf(name)) {
            kilobytes += name.equals(POSTGRES) ? field(pid, "smaps_rollup", "Pss:") : field(pid, "status", "VmRSS:");
        }
        return kilobytes / 1024;
    }

    /** Each thread's user and system ticks now, by thread id. */
    private static Map<Long, Long> threadTicks(long pid) {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                long tid = Long.parseLong(task.getFileName().toString());
                String[] fields = statFields(pid + "/task/" + tid);
                if (fields.length > 14) {
                    ticks.put(tid, Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
                }
            });
        } catch (IOException | RuntimeException e) {
            // the process ended: no threads to show
        }
        return ticks;
    }

    /** The busiest kinds of thread of {@code pid} since {@code atStart}. */
    private static List<ThreadGroupCpu> threadGroups(long pid, Map<Long, Long> atStart) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        threadTicks(pid).forEach((tid, ticks) -> {
            long used = ticks - atStart.getOrDefault(tid, 0L);
            if (used > 0) {
                byKind.merge(threadKind(threadName(pid, tid)), used, Long::sum);
            }
        });
        return byKind.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(THREAD_GROUPS_KEPT)
                .map(kind -> new ThreadGroupCpu(kind.getKey(), kind.getValue() / CLOCK_TICKS_PER_SECOND))
                .toList();
    }

    /** Each PostgreSQL process's user and system ticks now, by pid, the postmaster's own included. */
    private Map<Long, Long> postgresTicks() {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        for (long pid : postgresPids()) {
            String[] fields = statFields(pid);
            if (fields.length > 14) {
                ticks.put(pid, Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
            }
        }
        return ticks;
    }

    /** The postmaster's ended children's user and system ticks (fields 16 and 17 of its stat). */
    private long endedChildrenTicks() {
        String[] fields = statFields(postmaster);
        return fields.length > 16 ? Long.parseLong(fields[15]) + Long.parseLong(fields[16]) : 0;
    }

    /**
     * PostgreSQL's CPU in the window by kind of process ({@link #postgresKind}): the backends of
     * each database, the WAL writer, the checkpointer, autovacuum, the I/O workers... and the
     * processes that ended during the window together, each from the window's start or its own.
     */
    private List<ThreadGroupCpu> postgresKinds() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        Map<Long, Long> now = postgresTicks();
        now.forEach((pid, ticks) -> {
            long used = ticks - postgresTicksAtStart.getOrDefault(pid, 0L);
            if (used > 0) {
                byKind.merge(pid == postmaster ? "postmaster" : postgresKind(processTitle(pid)), used, Long::sum);
            }
        });
        // An ended process's whole life is in the postmaster's count: what it used before the window is not the window's.
        long usedBeforeByEnded = postgresTicksAtStart.entrySet().stream()
                .filter(atStart -> !now.containsKey(atStart.getKey())).mapToLong(Map.Entry::getValue).sum();
        long ended = endedChildrenTicks() - postgresEndedTicksAtStart - usedBeforeByEnded;
        if (ended > 0) {
            byKind.merge(ENDED_PROCESSES, ended, Long::sum);
        }
        return byKind.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(POSTGRES_KINDS_KEPT)
                .map(kind -> new ThreadGroupCpu(kind.getKey(), kind.getValue() / CLOCK_TICKS_PER_SECOND))
                .toList();
    }

    /**
     * A PostgreSQL process's kind from the title it sets for itself ({@code update_process_title}):
     * {@code postgres: orchestrator orchestrator 127.0.0.1(40122) idle} is {@code backend
     * orchestrator} (user, database, client, activity), {@code postgres: io worker 2} is
     * {@code io worker N}, {@code postgres: walwriter} is itself; a cluster's name before a colon
     * is left out.
     */
    static String postgresKind(String title) {
        String rest = title.strip();
        if (rest.startsWith("postgres:")) {
            rest = rest.substring("postgres:".length()).strip();
        }
        int colon = rest.indexOf(": ");
        if (colon > 0 && !rest.substring(0, colon).contains(" ")) {
            rest = rest.substring(colon + 2).strip();
        }
        String[] words = rest.split("\\s+");
        if (words.length >= 3 && words[2].matches(".*\\(\\d+\\)|\\[local\\]")) {
            return "backend " + words[1];
        }
        return rest.isEmpty() ? "?" : threadKind(rest);
    }

    private static String processTitle(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "?";
        }
    }

    /** A thread's name with its digits as {@code N}: {@code id-number-call-12} is {@code id-number-call-N}. */
    private static String threadKind(String name) {
        return name.replaceAll("\\d+", "N");
    }

    private static String threadName(long pid, long tid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "comm")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Fields of /proc/PID/stat after the command name, numbered as in proc(5) from 3 on. */
    private static String[] statFields(long pid) {
        return statFields(Long.toString(pid));
    }

    /** As above, of {@code /proc/<process>/stat}, where {@code process} may be {@code PID/task/TID}. */
    private static String[] statFields(String process) {
        try {
            String stat = Files.readString(Path.of("/proc", process, "stat"));
            String afterName = stat.substring(stat.lastIndexOf(')') + 2);
            String[] rest = afterName.split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    private static long field(long pid, String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), file))) {
            return lines.filter(line -> line.startsWith(key))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The postmaster and the processes it started (backends, writers, the checkpointer...). */
    private List<Long> postgresPids() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<Long> found = new ArrayList<>();
            found.add(postmaster);
            processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .map(path -> Long.parseLong(path.getFileName().toString()))
                    .filter(pid -> {
                        String[] fields = statFields(pid);
                        return fields.length > 3 && Long.parseLong(fields[3]) == postmaster;
                    })
                    .forEach(found::add);
            return found;
        } catch (IOException e) {
            return List.of(postmaster);
        }
    }
}
