package vn.lienthong.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured; written as JSON and shown as a table and a chart.
 * {@code refusalsInWindow}: submissions the system answered "not now" in the measured window (429
 * of admission control or of the rate limit, or a 503 with Retry-After), each sent again after its {@code Retry-After}.
 * {@code probeRoundCpuMillis}: the median CPU of a {@link LoopbackProbe} round over the window, null
 * when none ended in it. {@code analyzedBeforeWindowSeconds}, {@code analyzeSeconds}: how long
 * before the window every service database was analyzed, and how long that took; null when it
 * was not ({@link TableStats#analyze}).
 */
record BenchResult(
        String startedAt,
        String mode,
        long warmupSeconds,
        long durationSeconds,
        String faultProfile,
        int cores,
        long memoryMegabytes,
        int submitted,
        int completedInWindow,
        double completedPerSecond,
        Percentiles latencyMillis,
        Map<String, Percentiles> stepLatencyMillis,
        Percentiles submitMillis,
        int submissionsRejected,
        int refusalsInWindow,
        List<ProcessMeter.Usage> processes,
        double cpuCoresUsed,
        MachineCpu machineCpu,
        Double probeRoundCpuMillis,
        Double analyzedBeforeWindowSeconds,
        Double analyzeSeconds,
        Double kafkaAloneMessagesPerSecond,
        Double postgresAloneCommitsPerSecond,
        Double tokenCheckCpuMicros,
        double kafkaMessagesPerDossier,
        double kafkaOffsetCommitsPerDossier,
        double postgresCommitsPerDossier,
        Double boundByKafka,
        Double boundByPostgres,
        Double upperBound,
        Double achievedOverBound,
        double emptySecondShare,
        double completionsPerSecondCv,
        List<StageStats.Stage> stages,
        List<StageStats.Timing> timings,
        List<StatementStats.Statement> topStatements,
        List<TableStats.TableWrites> tableWrites,
        List<TableStats.FunctionCalls> functionCalls,
        List<TableStats.TableScans> tableScans,
        List<Second> timeline,
        Window window) {

    /**
     * The window as measured. {@code seconds}: between the middles of the process meter's readings
     * at its edges; every rate, the timeline and the cores are over it. {@code openingSeconds},
     * {@code closingSeconds}: how long the other readings at its edges took, side by side (Kafka's
     * and PostgreSQL's counters, the services' meters); the load ran on through them, and each
     * counter is set against the dossiers completed between the middles of its own two readings.
     * {@code costDossiers}, {@code statementDossiers}, {@code tableDossiers}: those dossiers, for
     * the messages and commits, the statements, and the rows written and functions called.
     */
    record Window(double seconds, double openingSeconds, double closingSeconds, int costDossiers,
                  int statementDossiers, int tableDossiers) {
    }

    /** One second of the measured window; {@code inFlight}: submitted and not completed as it began. */
    record Second(int second, int submitted, int inFlight, int completed, double p50Millis, double p99Millis) {
    }
}
