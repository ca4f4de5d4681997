package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void theWindowsRefusalsAndTheWholeMachinesCpuAreShown() {
        String printed = print(result(45, new MachineCpu(54.0, 0.3)));

        assertThat(line(printed, "refused for now")).startsWith("refused for now              45 in the window, 1.5/s");
        // 54 s busy in 30 s; the two processes account for 20 + 10 s of it
        assertThat(line(printed, "  machine")).contains("54.0   1.80").contains("not in the processes above: 24.0 s")
                .contains("stolen by the hypervisor: 0.3 s");
    }

    @Test
    void aDossiersCostCountsItsMessagesTheOffsetsCommittedAndItsCommits() {
        String printed = print(result(0, new MachineCpu(0, 0)));

        assertThat(line(printed, "cost of one dossier")).contains("14.0 Kafka messages, 0.5 offsets committed")
                .endsWith("4.0 PostgreSQL commits");
    }

    @Test
    void withoutAReadingOfTheMachineItsLineIsLeftOut() {
        String printed = print(result(0, new MachineCpu(0, 0)));

        assertThat(printed).doesNotContain("  machine ");
        assertThat(line(printed, "refused for now")).startsWith("refused for now              0 in the window, 0.0/s");
    }

    @Test
    void aClustersLongProcessNamesKeepTheColumnsUnderTheirHeadings() {
        String printed = print(result(0, new MachineCpu(54.0, 0), List.of(
                new ProcessMeter.Usage("orchestrator-service", 20, 4, 400, List.of()),
                new ProcessMeter.Usage("health-insurance-service (replica 2)", 10, 3, 300, List.of()))));

        String heading = line(printed, "process ");
        // The CPU seconds' last digit stands one place right of its heading, as with short names.
        int cpuEnd = heading.indexOf("CPU s") + "CPU s".length() + 1;
        int coresEnd = heading.indexOf("cores") + "cores".length();
        assertThat(line(printed, "  orchestrator-service ")).satisfies(row -> endsAt(row, cpuEnd, "20.0"), row -> endsAt(row, coresEnd, "0.67"));
        assertThat(line(printed, "  health-insurance-service (replica 2) "))
                .satisfies(row -> endsAt(row, cpuEnd, "10.0"), row -> endsAt(row, coresEnd, "0.33"));
        assertThat(line(printed, "  all ")).satisfies(row -> endsAt(row, coresEnd, "1.00"));
        assertThat(line(printed, "  machine ")).satisfies(row -> endsAt(row, cpuEnd, "54.0"), row -> endsAt(row, coresEnd, "1.80"));
    }

    @Test
    void eachProcesssCpuADossierStandsInItsColumn() {
        String printed = print(result(0, new MachineCpu(0, 0)));

        int end = line(printed, "process ").indexOf("ms/dossier") + "ms/dossier".length();
        // 20 and 10 CPU seconds over the 900 dossiers completed in the window
        assertThat(line(printed, "  orchestrator-service ")).satisfies(row -> endsAt(row, end, "22.22"));
        assertThat(line(printed, "  postgres ")).satisfies(row -> endsAt(row, end, "11.11"));
    }

    @Test
    void aDossiersCpuIsSetAgainstTheProbesRoundWhenOneWasTaken() {
        var window = new BenchResult.Window(30, 0.1, 0.1, 900, 900, 900);
        var processes = List.of(new ProcessMeter.Usage("orchestrator-service", 20, 4, 400, List.of()),
                new ProcessMeter.Usage("postgres", 10, 3, 300, List.of()),
                new ProcessMeter.Usage("load generator (this JVM)", 6, 1, 200, List.of()));

        String printed = print(result(0, new MachineCpu(0, 0), processes, window, List.of(), 12.5));

        // 30 CPU seconds of the system (not the load generator's 6) for 900 dossiers: 33.3 ms, over a round of 12.5 ms
        assertThat(line(printed, "CPU a dossier / probe round")).startsWith("CPU a dossier / probe round  2.67  (a round: 12.50 ms")
                .contains("500 loopback round trips");
        assertThat(print(result(0, new MachineCpu(0, 0), processes, window, List.of(), null)))
                .doesNotContain("probe round");
    }

    @Test
    void theRowsEachTableTookAndTheTriggersCallsAreShownPerDossier() {
        var latency = Percentiles.of(new double[] {100, 200, 300});
        var result = new BenchResult("now", "test", 30, 30, null, 2, 24_000, 900, 900, 30, latency, Map.of(), latency, 0,
                0, List.of(new ProcessMeter.Usage("postgres", 10, 3, 300, List.of())), 1.0, new MachineCpu(0, 0), null, 10.0, 1.5,
                null, null, null, 14, 0.5, 4, null, null, null, null, 0, 0.2, List.of(), List.of(), List.of(),
                List.of(new TableStats.TableWrites("orchestrator", "dossier", 900, 5175, 207, 0)),
                List.of(new TableStats.FunctionCalls("orchestrator", "dossier_search_text", 900, 81.0)),
                List.of(new TableStats.TableScans("orchestrator", "dossier_step", 450, 1_800_000)), List.of(),
                new BenchResult.Window(30, 0.1, 0.1, 900, 900, 900));

        String printed = print(result);

        // 5 175 updates of 900 dossiers, 4 % of them HOT; 900 calls taking 81 ms in all
        assertThat(line(printed, "                                      1.00             5.75      4")).endsWith("orchestrator      dossier");
        assertThat(line(printed, "                                   1.00       0.090")).endsWith("orchestrator      dossier_search_text");
        // 450 sequential scans reading 1 800 000 rows for 900 dossiers
        assertThat(line(printed, "                                   0.50             2000.0")).endsWith("orchestrator      dossier_step");
        assertThat(line(printed, "statistics")).contains("analyzed 10 s before the window (in 1.5 s)");
    }

    @Test
    void ratesAndCoresAreOverTheWindowAsMeasuredAndEachCounterOverTheDossiersBetweenItsOwnReadings() {
        // The CPU readings at the edges 32 s apart, the statements' readings 1 080 dossiers apart.
        var window = new BenchResult.Window(32, 6.5, 2.0, 900, 1080, 900);
        var statement = new StatementStats.Statement("orchestrator", 2160, 540.0, 0.25, 2160, "select 1", 108.0);
        String printed = print(result(64, new MachineCpu(48.0, 0), List.of(
                new ProcessMeter.Usage("orchestrator-service", 16, 4, 400, List.of()),
                new ProcessMeter.Usage("load generator (this JVM)", 8, 1, 200, List.of())), window, List.of(statement)));

        assertThat(line(printed, "window")).contains("32.00 s between the CPU readings").contains("took 6.5 s as it opened and 2.0 s as it closed");
        assertThat(line(printed, "refused for now")).contains("64 in the window, 2.0/s");
        assertThat(line(printed, "  orchestrator-service ")).contains(" 0.50 ");
        assertThat(line(printed, "  machine ")).contains("48.0   1.50");
        // 16 CPU seconds of the system for the 900 dossiers completed between the CPU readings; not the load generator's 8.
        assertThat(line(printed, "CPU a dossier")).startsWith("CPU a dossier                17.8 ms");
        // 2 160 calls and 540 ms over the 1 080 dossiers completed between the statements' readings
        assertThat(line(printed, "                                   2.00       0.500")).endsWith("select 1");
    }

    /** The figure stands in its column: it ends where the column's heading ends. */
    private static void endsAt(String row, int end, String figure) {
        assertThat(row.substring(0, end)).as(row).endsWith(" " + figure);
    }

    private static BenchResult result(int refusals, MachineCpu machine) {
        return result(refusals, machine, List.of(new ProcessMeter.Usage("orchestrator-service", 20, 4, 400, List.of()),
                new ProcessMeter.Usage("postgres", 10, 3, 300, List.of())));
    }

    private static BenchResult result(int refusals, MachineCpu machine, List<ProcessMeter.Usage> processes) {
        return result(refusals, machine, processes, new BenchResult.Window(30, 0.1, 0.1, 900, 900, 900), List.of());
    }

    private static BenchResult result(int refusals, MachineCpu machine, List<ProcessMeter.Usage> processes,
                                      BenchResult.Window window, List<StatementStats.Statement> statements) {
        return result(refusals, machine, processes, window, statements, null);
    }

    private static BenchResult result(int refusals, MachineCpu machine, List<ProcessMeter.Usage> processes,
                                      BenchResult.Window window, List<StatementStats.Statement> statements,
                                      Double probeMillis) {
        var latency = Percentiles.of(new double[] {100, 200, 300});
        return new BenchResult("now", "test", 30, 30, null, 2, 24_000, 900, 900, 30, latency, Map.of(), latency, 0,
                refusals, processes, 1.0, machine, probeMillis, null, null, null, null, null, 14, 0.5, 4, null, null, null, null,
                0, 0.2, List.of(), List.of(), statements, List.of(), List.of(), List.of(), List.of(), window);
    }

    private static String print(BenchResult result) {
        var bytes = new ByteArrayOutputStream();
        Report.print(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String line(String printed, String start) {
        return printed.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
