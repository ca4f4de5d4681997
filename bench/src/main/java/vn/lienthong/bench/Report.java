package vn.lienthong.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The run's figures as a console table, a JSON file and an HTML chart a person can open. */
final class Report {

    /** How the load generator's JVM is named among the processes: its CPU is not the system's. */
    static final String LOAD_GENERATOR = "load generator";

    private Report() {
    }

    static void print(BenchResult r, PrintStream out) {
        out.println();
        out.println("=== Liên thông 3-in-1 benchmark (" + r.startedAt() + ") ===");
        out.printf(Locale.ROOT, "mode                         %s, warm-up %d s, measured %d s%s%n", r.mode(),
                r.warmupSeconds(), r.durationSeconds(), r.faultProfile() == null ? "" : ", faults: " + r.faultProfile());
        out.printf(Locale.ROOT, "machine                      %d cores, %d MiB%n", r.cores(), r.memoryMegabytes());
        BenchResult.Window window = r.window();
        out.printf(Locale.ROOT, "window                       %.2f s between the CPU readings at its edges; the other readings took %.1f s"
                        + " as it opened and %.1f s as it closed, the load running on (each counter is set against the dossiers"
                        + " completed between its own readings)%n",
                window.seconds(), window.openingSeconds(), window.closingSeconds());
        if (r.analyzeSeconds() != null) {
            out.printf(Locale.ROOT, "statistics                   every service database analyzed %.0f s before the window (in %.1f s), as"
                            + " autovacuum does once a table grows; the plans made for the empty tables at the start are not measured%n",
                    r.analyzedBeforeWindowSeconds(), r.analyzeSeconds());
        } else {
            out.println("statistics                   not analyzed before the window: plans may still be those made for the"
                    + " empty tables at the start, until autovacuum comes round");
        }
        out.printf(Locale.ROOT, "completed dossiers/s         %.1f  (%d in the window; %d submitted in all, %d rejected)%n",
                r.completedPerSecond(), r.completedInWindow(), r.submitted(), r.submissionsRejected());
        out.printf(Locale.ROOT, "flow                         %.0f %% of seconds with dossiers in flight completed none; CV of completions/s %.2f%n",
                100 * r.emptySecondShare(), r.completionsPerSecondCv());
        out.printf(Locale.ROOT, "completions, a second a mark |%s|  (█ = %d)%n", Flow.chart(r.timeline()),
                r.timeline().stream().mapToInt(BenchResult.Second::completed).max().orElse(0));
        Percentiles l = r.latencyMillis();
        out.printf(Locale.ROOT, "submission → completion ms   p50 %.0f  p95 %.0f  p99 %.0f  max %.0f%n", l.p50(), l.p95(), l.p99(), l.max());
        Percentiles submit = r.submitMillis();
        out.printf(Locale.ROOT, "submit call ms               p50 %.0f  p95 %.0f  p99 %.0f  max %.0f  (%d calls begun in the window)%n",
                submit.p50(), submit.p95(), submit.p99(), submit.max(), submit.count());
        out.printf(Locale.ROOT, "refused for now              %d in the window, %.1f/s (429 of admission control or of the rate limit, or a 503; each sent again after its Retry-After)%n",
                r.refusalsInWindow(), r.refusalsInWindow() / window.seconds());
        r.stepLatencyMillis().forEach((step, p) -> out.printf(Locale.ROOT,
                "  step %-22s ms  p50 %.0f  p95 %.0f  p99 %.0f  max %.0f%n", step, p.p50(), p.p95(), p.p99(), p.max()));
        // As wide as the longest name: a cluster's "health-insurance-service (replica 2)" too.
        int width = Math.max(26, r.processes().stream().mapToInt(usage -> usage.name().length()).max().orElse(0));
        String name = "  %-" + width + "s";
        // Each process's CPU a dossier as well as its seconds: runs of one build on this machine differ by up to
        // 1.4 times in every process at once (docs/performance.md), and a change shows as one process moving
        // against the others.
        out.println(String.format(Locale.ROOT, "%-" + (width + 3) + "s", "process")
                + "CPU s   cores  ms/dossier  kernel %   peak MiB");
        for (ProcessMeter.Usage usage : r.processes()) {
            out.printf(Locale.ROOT, name + " %6.1f  %5.2f  %10.2f    %5.0f   %7.0f%n", usage.name(), usage.cpuSeconds(),
                    usage.cpuSeconds() / window.seconds(),
                    r.completedInWindow() == 0 ? 0 : 1000 * usage.cpuSeconds() / r.completedInWindow(),
                    usage.cpuSeconds() == 0 ? 0 : 100 * usage.systemCpuSeconds() / usage.cpuSeconds(), usage.peakMegabytes());
        }
        out.printf(Locale.ROOT, name + "         %5.2f%n", "all", r.cpuCoresUsed());
        MachineCpu machine = r.machineCpu();
        if (machine.measured()) {
            double accounted = r.processes().stream().mapToDouble(ProcessMeter.Usage::cpuSeconds).sum();
            out.printf(Locale.ROOT, name + " %6.1f  %5.2f              (every process and the kernel; not in the processes above: %.1f s; stolen by the hypervisor: %.1f s)%n",
                    "machine", machine.busySeconds(), machine.busySeconds() / window.seconds(),
                    machine.busySeconds() - accounted, machine.stealSeconds());
        }
        if (r.completedInWindow() > 0) {
            double system = r.processes().stream().filter(usage -> !usage.name().startsWith(LOAD_GENERATOR))
                    .mapToDouble(ProcessMeter.Usage::cpuSeconds).sum();
            double millisADossier = 1000 * system / r.completedInWindow();
            out.printf(Locale.ROOT, "CPU a dossier                %.1f ms  (the system's processes, the load generator left out)%n",
                    millisADossier);
            if (r.probeRoundCpuMillis() != null) {
                out.printf(Locale.ROOT, "CPU a dossier / probe round  %.2f  (a round: %.2f ms of CPU, the median over the window, for %s;"
                                + " compares runs on faster and slower spells of the machine)%n",
                        millisADossier / r.probeRoundCpuMillis(), r.probeRoundCpuMillis(),
                        LoopbackProbe.ROUND_TRIPS + " loopback round trips between two threads of the load generator");
            }
        }
        out.println("threads (each JVM's busiest kinds of thread: names cut to 15 characters by the kernel, digits as N;"
                + " PostgreSQL's kinds of process by their titles)");
        out.println("                             CPU s  share    process / threads");
        for (ProcessMeter.Usage usage : r.processes()) {
            for (ProcessMeter.ThreadGroupCpu threads : usage.threads()) {
                out.printf(Locale.ROOT, "                            %6.1f  %4.0f %%   %s / %s%n", threads.cpuSeconds(),
                        usage.cpuSeconds() == 0 ? 0 : 100 * threads.cpuSeconds() / usage.cpuSeconds(), usage.name(),
                        threads.threads());
            }
        }
        out.printf(Locale.ROOT, "Kafka alone                  %s messages/s (acks=all, idempotent)%n", number(r.kafkaAloneMessagesPerSecond()));
        out.printf(Locale.ROOT, "PostgreSQL alone             %s commits/s (fsync=on, synchronous_commit=on)%n", number(r.postgresAloneCommitsPerSecond()));
        out.printf(Locale.ROOT, "token check alone            %s µs CPU (signature, claims, caller; one per API call)%n",
                r.tokenCheckCpuMicros() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", r.tokenCheckCpuMicros()));
        out.printf(Locale.ROOT, "cost of one dossier          %.1f Kafka messages, %.1f offsets committed (partitions, __consumer_offsets), %.1f PostgreSQL commits%n",
                r.kafkaMessagesPerDossier(), r.kafkaOffsetCommitsPerDossier(), r.postgresCommitsPerDossier());
        out.printf(Locale.ROOT, "upper bound                  %s dossiers/s (Kafka %s, PostgreSQL %s)%n",
                number(r.upperBound()), number(r.boundByKafka()), number(r.boundByPostgres()));
        out.printf(Locale.ROOT, "achieved / bound             %s%n",
                r.achievedOverBound() == null ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * r.achievedOverBound()));
        if (!r.stages().isEmpty()) {
            out.println("stages (lienthong.stage.* meters; idle: time its threads waited between batches, the busiest first)");
            out.println("                             batches  mean size  busy s  idle s  idle %   service / stage");
            for (StageStats.Stage stage : r.stages()) {
                out.printf(Locale.ROOT, "                             %7d  %9.1f  %6.1f  %6.1f  %5.0f    %s / %s%n",
                        stage.batches(), stage.meanBatchSize(), stage.busySeconds(), stage.idleSeconds(),
                        100 * stage.idleShare(), stage.service(), stage.stage());
            }
        }
        if (!r.timings().isEmpty()) {
            out.println("timers (the population database's answers: as its service times them, each exchange and each call as the orchestrator waits)");
            out.println("                                count  mean ms   service / timer");
            for (StageStats.Timing timing : r.timings()) {
                out.printf(Locale.ROOT, "                             %8d  %7.1f   %s / %s%n", timing.count(), timing.meanMillis(),
                        timing.service(), timing.timer());
            }
        }
        int statementDossiers = window.statementDossiers();
        if (!r.topStatements().isEmpty() && statementDossiers > 0) {
            out.println("PostgreSQL statements (pg_stat_statements: each database, then the 10 costliest, the 10 most frequent and the 10"
                    + " most planned; execution, and planning apart)");
            out.println("                             calls/dossier  ms/dossier  mean ms  plan ms/dossier  database          statement");
            for (StatementStats.Statement s : r.topStatements()) {
                out.printf(Locale.ROOT, "                               %8.2f   %9.3f  %7.3f  %15.3f  %-16s  %s%n",
                        s.calls() / (double) statementDossiers, s.totalMillis() / statementDossiers,
                        s.meanMillis(), s.planMillis() / statementDossiers, s.database(),
                        s.query().length() > 110 ? s.query().substring(0, 110) + "…" : s.query());
            }
        }
        int tableDossiers = window.tableDossiers();
        if (!r.tableWrites().isEmpty() && tableDossiers > 0) {
            out.println("PostgreSQL rows written (pg_stat_user_tables: the tables that took the most; an update not HOT"
                    + " writes an entry in every index of its table)");
            out.println("                             inserted/dossier  updated/dossier  HOT %  deleted/dossier  database          table");
            for (TableStats.TableWrites t : r.tableWrites()) {
                out.printf(Locale.ROOT, "                                  %8.2f         %8.2f  %5.0f         %8.2f  %-16s  %s%n",
                        t.inserted() / (double) tableDossiers, t.updated() / (double) tableDossiers,
                        100 * t.hotShare(), t.deleted() / (double) tableDossiers, t.database(), t.table());
            }
        }
        if (!r.functionCalls().isEmpty() && tableDossiers > 0) {
            out.println("PostgreSQL functions and triggers (pg_stat_user_functions: PL/pgSQL ones, the costliest first;"
                    + " time in the function itself)");
            out.println("                             calls/dossier  ms/dossier  database          function");
            for (TableStats.FunctionCalls f : r.functionCalls()) {
                out.printf(Locale.ROOT, "                               %8.2f   %9.3f  %-16s  %s%n",
                        f.calls() / (double) tableDossiers, f.selfMillis() / tableDossiers,
                        f.database(), f.function());
            }
        }
        printScans(r, out);
    }

    private static void printScans(BenchResult r, PrintStream out) {
        int tableDossiers = r.window().tableDossiers();
        if (r.tableScans().isEmpty() || tableDossiers == 0) {
            return;
        }
        out.println("PostgreSQL sequential scans (pg_stat_user_tables: the tables whose scans read the most rows; a scan reads"
                + " the whole table, so on one that grows with the dossiers it costs more the longer the system runs)");
        out.println("                             scans/dossier  rows read/dossier  database          table");
        for (TableStats.TableScans t : r.tableScans()) {
            out.printf(Locale.ROOT, "                               %8.2f          %9.1f  %-16s  %s%n",
                    t.scans() / (double) tableDossiers, t.rowsRead() / (double) tableDossiers, t.database(), t.table());
        }
    }

    private static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
    }

    static Path writeJson(BenchResult result, Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), result);
        return file;
    }

    static Path writeChart(BenchResult result, Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".html");
        List<BenchResult.Second> seconds = result.timeline();
        String html = """
                <!doctype html><html lang="vi"><meta charset="utf-8">
                <title>Benchmark %s</title>
                <style>body{font:14px sans-serif;margin:1em}svg{background:#fafafa;border:1px solid #ddd}</style>
                <h1>Liên thông 3-in-1 — %s</h1>
                <p>%s; %.1f completed dossiers/s; p50 %.0f ms, p99 %.0f ms; %.0f %% empty seconds, CV %.2f.</p>
                <h2>Hồ sơ mỗi giây / dossiers per second</h2>%s
                <p><span style="color:#1f77b4">■ completed</span> <span style="color:#aaa">■ submitted</span></p>
                <h2>Độ trễ / latency (ms)</h2>%s
                <p><span style="color:#2ca02c">■ p50</span> <span style="color:#d62728">■ p99</span></p>
                </html>
                """.formatted(result.startedAt(), result.startedAt(), result.mode(), result.completedPerSecond(),
                result.latencyMillis().p50(), result.latencyMillis().p99(),
                100 * result.emptySecondShare(), result.completionsPerSecondCv(),
                chart(seconds, List.of(s -> s.submitted(), s -> s.completed()), List.of("#aaa", "#1f77b4")),
                chart(seconds, List.of(BenchResult.Second::p50Millis, BenchResult.Second::p99Millis),
                        List.of("#2ca02c", "#d62728")));
        Files.writeString(file, html);
        return file;
    }

    private static String chart(List<BenchResult.Second> seconds, List<ToDoubleFunction<BenchResult.Second>> series,
                                List<String> colours) {
        int width = 800;
        int height = 240;
        double max = 1;
        for (var serie : series) {
            for (var second : seconds) {
                double value = serie.applyAsDouble(second);
                if (!Double.isNaN(value)) {
                    max = Math.max(max, value);
                }
            }
        }
        var svg = new StringBuilder("<svg width=\"%d\" height=\"%d\">".formatted(width + 60, height + 30));
        svg.append("<text x=\"2\" y=\"12\">%.0f</text><text x=\"2\" y=\"%d\">0</text>".formatted(max, height));
        for (int i = 0; i < series.size(); i++) {
            var points = new StringBuilder();
            for (int s = 0; s < seconds.size(); s++) {
                double value = series.get(i).applyAsDouble(seconds.get(s));
                if (Double.isNaN(value)) {
                    continue;
                }
                double x = 50 + (seconds.size() <= 1 ? 0 : s * (double) width / (seconds.size() - 1));
                double y = height - value / max * (height - 10);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"%s\"/>".formatted(colours.get(i), points));
        }
        svg.append("<text x=\"%d\" y=\"%d\">%d s</text></svg>".formatted(width, height + 25, seconds.size()));
        return svg.toString();
    }
}
