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
 * shared pages once.
 */
final class ProcessMeter {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    /** CPU seconds in all and in the kernel (system time), and the peak memory. */
    record Usage(String name, double cpuSeconds, double systemCpuSeconds, double peakMegabytes) {
    }

    private final Map<String, List<Long>> pids;
    private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
    private final Map<String, Double> systemCpuAtStart = new LinkedHashMap<>();
    private final Map<String, Double> peakMegabytes = new LinkedHashMap<>();

    /** {@code pids} by process name; the name {@code postgres} is found by itself. */
    ProcessMeter(Map<String, Long> jvmPids) {
        this.pids = new LinkedHashMap<>();
        jvmPids.forEach((name, pid) -> pids.put(name, List.of(pid)));
        pids.put("postgres", List.of());
    }

    void start() {
        for (String name : pids.keySet()) {
            cpuAtStart.put(name, cpuSeconds(name, true));
            systemCpuAtStart.put(name, cpuSeconds(name, false));
            peakMegabytes.put(name, 0.0);
        }
    }

    /** Called about once a second during the measurement to keep the peak memory. */
    void sample() {
        for (String name : pids.keySet()) {
            peakMegabytes.merge(name, megabytes(name), Math::max);
        }
    }

    List<Usage> stop() {
        sample();
        List<Usage> usage = new ArrayList<>();
        for (String name : pids.keySet()) {
            usage.add(new Usage(name, cpuSeconds(name, true) - cpuAtStart.get(name),
                    cpuSeconds(name, false) - systemCpuAtStart.get(name), peakMegabytes.get(name)));
        }
        return usage;
    }

    private List<Long> pidsOf(String name) {
        return name.equals("postgres") ? postgresPids() : pids.get(name);
    }

    /** User and system time together, or system time only. */
    private double cpuSeconds(String name, boolean userToo) {
        double ticks = 0;
        for (long pid : pidsOf(name)) {
            String[] fields = statFields(pid);
            if (fields.length > 14) {
                ticks += (userToo ? Long.parseLong(fields[13]) : 0) + Long.parseLong(fields[14]);
            }
        }
        return ticks / CLOCK_TICKS_PER_SECOND;
    }

    private double megabytes(String name) {
        double kilobytes = 0;
        for (long pid : pidsOf(name)) {
            kilobytes += name.equals("postgres") ? field(pid, "smaps_rollup", "Pss:") : field(pid, "status", "VmRSS:");
        }
        return kilobytes / 1024;
    }

    /** Fields of /proc/PID/stat after the command name, numbered as in proc(5) from 3 on. */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
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

    private static List<Long> postgresPids() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .filter(path -> {
                        try {
                            return Files.readString(path.resolve("comm")).strip().equals("postgres");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(path -> Long.parseLong(path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
