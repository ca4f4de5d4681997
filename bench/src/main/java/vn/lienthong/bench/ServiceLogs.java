package vn.lienthong.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Keeps the logs of the system a run started next to the run's results, since the next run starts
 * with empty logs, and counts their warnings and errors by file, so that a run in which something
 * went wrong says so in its report rather than only in a directory nobody reads.
 */
final class ServiceLogs {

    /** Lines at a level, by log file name; a file with none is left out. */
    record Counts(Map<String, Long> errors, Map<String, Long> warnings) {
    }

    private ServiceLogs() {
    }

    /** Copies every {@code *.log} file of {@code logs} into {@code target} and counts its levels. */
    static Counts keep(Path logs, Path target) throws IOException {
        Files.createDirectories(target);
        Map<String, Long> errors = new TreeMap<>();
        Map<String, Long> warnings = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.filter(file -> file.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            long[] counts = levels(file);
            if (counts[0] > 0) {
                errors.put(name, counts[0]);
            }
            if (counts[1] > 0) {
                warnings.put(name, counts[1]);
            }
        }
        return new Counts(errors, warnings);
    }

    /**
     * Errors and warnings in a log whose lines start with the time and then the level, as Spring
     * Boot writes them ({@code 2026-12-05T08:46:03.657Z  WARN 17204 --- ...}) and the local run
     * ({@code 08:48:48.097 ERROR [thread] ...}); a stack trace's lines do not start so and are not
     * counted.
     */
    private static long[] levels(Path file) throws IOException {
        long[] counts = new long[2];
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String level = levelOf(line);
                if (level.equals("ERROR")) {
                    counts[0]++;
                } else if (level.equals("WARN")) {
                    counts[1]++;
                }
            });
        } catch (UncheckedIOException e) {
            // Not text in the expected encoding (a JVM's crash output): copied, not counted.
        }
        return counts;
    }

    /** The level of a log line that starts with a time, else "". */
    static String levelOf(String line) {
        if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return "";
        }
        int afterTime = line.indexOf(' ');
        if (afterTime < 0) {
            return "";
        }
        int start = afterTime;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        int end = line.indexOf(' ', start);
        return end < 0 ? "" : line.substring(start, end);
    }
}
