package vn.lienthong.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured; written as JSON and shown as a table and a chart.
 * {@code refusalsInWindow}: submissions the system answered "not now" in the measured window (503
 * of admission control, 429 of the rate limit), each sent again after its {@code Retry-After}.
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
        List<Second> timeline) {

    /** One second of the measured window; {@code inFlight}: submitted and not completed as it began. */
    record Second(int second, int submitted, int inFlight, int completed, double p50Millis, double p99Millis) {
    }
}
