package vn.lienthong.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The measured window second by second, from when each dossier was submitted and when it
 * completed, as the load generator and the completion tracker recorded them: exact whatever the
 * readings taken during the window cost or how late they ran.
 */
final class Timeline {

    private Timeline() {
    }

    /**
     * The seconds of [{@code from}, {@code to}) (nanoTime): as many as the window holds whole
     * seconds, the last one ending at {@code to}. {@code submittedAtNanos}: when each accepted
     * dossier was sent; in flight as a second begins: sent before it and not completed before it.
     */
    static List<BenchResult.Second> of(long[] submittedAtNanos, List<CompletionTracker.Completion> completions,
                                       long from, long to) {
        long[] submitted = submittedAtNanos.clone();
        Arrays.sort(submitted);
        long[] completed = completions.stream().mapToLong(CompletionTracker.Completion::completedAtNanos).sorted().toArray();
        int count = Math.max(1, (int) Math.round((to - from) / 1e9));
        List<BenchResult.Second> seconds = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            long start = from + s * 1_000_000_000L;
            long end = s == count - 1 ? to : start + 1_000_000_000L;
            double[] latencies = completions.stream()
                    .filter(c -> c.completedAtNanos() >= start && c.completedAtNanos() < end)
                    .mapToDouble(CompletionTracker.Completion::latencyMillis).toArray();
            Percentiles p = Percentiles.of(latencies);
            seconds.add(new BenchResult.Second(s + 1, before(submitted, end) - before(submitted, start),
                    before(submitted, start) - before(completed, start), latencies.length, p.p50(), p.p99()));
        }
        return seconds;
    }

    /** The completions in [{@code from}, {@code to}) (nanoTime). */
    static int completedBetween(List<CompletionTracker.Completion> completions, long from, long to) {
        return (int) completions.stream().filter(c -> c.completedAtNanos() >= from && c.completedAtNanos() < to).count();
    }

    /** How many of the sorted {@code times} are before {@code nanos}. */
    private static int before(long[] times, long nanos) {
        int index = Arrays.binarySearch(times, nanos);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && times[index - 1] == nanos) {
            index--;
        }
        return index;
    }
}
