package vn.lienthong.bench;

import java.util.List;

/**
 * Whether completions flow or come in bursts: the share of the window's seconds with dossiers in
 * flight but none completed, and the coefficient of variation (standard deviation over mean) of
 * completions per second. A steady flow has no empty second and a small CV; stages that run in
 * lockstep give bursts separated by empty seconds.
 */
record Flow(double emptySecondShare, double completionsPerSecondCv) {

    static Flow of(List<BenchResult.Second> seconds) {
        int busy = 0;
        int empty = 0;
        for (BenchResult.Second second : seconds) {
            if (second.inFlight() > 0) {
                busy++;
                if (second.completed() == 0) {
                    empty++;
                }
            }
        }
        double mean = seconds.stream().mapToInt(BenchResult.Second::completed).average().orElse(0);
        double variance = seconds.stream().mapToDouble(second -> Math.pow(second.completed() - mean, 2))
                .average().orElse(0);
        return new Flow(busy == 0 ? 0 : empty / (double) busy, mean == 0 ? 0 : Math.sqrt(variance) / mean);
    }

    private static final String LEVELS = " ▁▂▃▄▅▆▇█";

    /**
     * The completions of each second as one character, from a space (none) to a full block (the
     * busiest second): a steady flow is an even band, bursts are blocks between spaces.
     */
    static String chart(List<BenchResult.Second> seconds) {
        int most = seconds.stream().mapToInt(BenchResult.Second::completed).max().orElse(0);
        var chart = new StringBuilder(seconds.size());
        for (BenchResult.Second second : seconds) {
            int level = most == 0 || second.completed() == 0 ? 0
                    : Math.max(1, (int) Math.round(8.0 * second.completed() / most));
            chart.append(LEVELS.charAt(level));
        }
        return chart.toString();
    }
}
