package vn.lienthong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole machine's CPU in a window, from the first line of /proc/stat: every process and the
 * kernel's own work, so what the system's processes account for can be checked against it.
 *
 * @param busySeconds  CPU seconds spent on anything but idling or waiting for I/O (user, nice,
 *                     system, interrupts)
 * @param stealSeconds CPU seconds the hypervisor gave to another machine while this one had work
 */
record MachineCpu(double busySeconds, double stealSeconds) {

    /** The counters of the {@code cpu} line, in clock ticks since boot. */
    record Reading(long busyTicks, long stealTicks) {

        /** Reads {@code /proc/stat}; a machine without it gives zeros, and the report then leaves the line out. */
        static Reading now() {
            try (var lines = Files.lines(Path.of("/proc/stat"))) {
                return lines.filter(line -> line.startsWith("cpu ")).findFirst().map(Reading::of).orElse(new Reading(0, 0));
            } catch (IOException | RuntimeException e) {
                return new Reading(0, 0);
            }
        }

        /**
         * The {@code cpu} line as proc(5) gives it: user, nice, system, idle, iowait, irq, softirq,
         * steal, then guest times, which are already in user and nice.
         */
        static Reading of(String cpuLine) {
            String[] fields = cpuLine.trim().split("\\s+");
            if (!fields[0].equals("cpu") || fields.length < 9) {
                throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
            }
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(fields[field]);
            }
            return new Reading(busy, Long.parseLong(fields[8]));
        }
    }

    /** False when {@code /proc/stat} could not be read (zeros at both edges): its figures are then left out. */
    boolean measured() {
        return busySeconds > 0;
    }

    static MachineCpu between(Reading start, Reading end) {
        return new MachineCpu((end.busyTicks() - start.busyTicks()) / ProcessMeter.CLOCK_TICKS_PER_SECOND,
                (end.stealTicks() - start.stealTicks()) / ProcessMeter.CLOCK_TICKS_PER_SECOND);
    }
}
