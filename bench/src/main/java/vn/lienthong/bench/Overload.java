package vn.lienthong.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overload mode ({@code --overload}): measures the sustained rate as fast as the system takes
 * dossiers, then offers it 2× and 4× that rate open loop, as the portal's users do in a burst, and
 * shows whether completions hold at 90 % of the sustained rate and every accepted dossier completes.
 * Dossiers refused for now (429, 503) are sent again after their {@code Retry-After}.
 */
final class Overload {

    /** Completions per second must stay at this share of the sustained rate. */
    static final double HOLD = 0.9;

    /**
     * One phase: what was offered, what the load generator managed to send (first submissions, each
     * dossier once), and what was accepted, refused and completed per second.
     */
    record Phase(String name, double offeredPerSecond, double sentPerSecond, double seconds, int accepted, int refusals, int completed,
                 double acceptedPerSecond, double refusalsPerSecond, double completedPerSecond,
                 Percentiles latencyMillis, double cpuMillisPerDossier, double cpuCoresUsed,
                 double machineCoresBusy, double loadGeneratorCores, double probeRoundCpuMillis, List<Second> timeline) {

        /** Whether the load generator sent at least {@link #HOLD} of the rate offered; always so when none was set. */
        boolean sentAsOffered() {
            return sentPerSecond >= HOLD * offeredPerSecond;
        }
    }

    /** One second of a phase; {@code inFlight}: accepted and not yet completed at its end. */
    record Second(int second, int accepted, int refusals, int completed, int inFlight) {
    }

    /**
     * The run: phases, then the drain after the last one, and the verdict. {@code offeredAsAsked}:
     * every overload phase sent at least {@link #HOLD} of the rate it offered; if not, whether
     * completions held is not decided by this run.
     */
    record Result(String startedAt, String mode, List<Phase> phases, int accepted, int completedOfAccepted,
                  int leftWithThePortal, double drainSeconds, boolean completionsHeld, boolean everyAcceptedCompleted,
                  boolean offeredAsAsked, Map<String, Integer> rejectedBy) {
    }

    private final PortalLoad load;
    private final CompletionTracker tracker;
    private final Map<String, Long> pids;
    private final LoopbackProbe probe;
    private final TableStats tableStats;

    private Overload(PortalLoad load, CompletionTracker tracker, Map<String, Long> pids, LoopbackProbe probe,
                     TableStats tableStats) {
        this.load = load;
        this.tracker = tracker;
        this.pids = pids;
        this.probe = probe;
        this.tableStats = tableStats;
    }

    static void run(OverloadOptions overload, BenchOptions options, String startedAt, List<String> dossiers,
                    String orchestratorUrl, Supplier<String> portalToken, Map<String, Object> kafka,
                    TableStats tableStats, Map<String, Long> pids, PrintStream out) throws Exception {
        // Room for slow answers: an open loop does not wait for them.
        try (var tracker = new CompletionTracker(kafka);
             var load = new PortalLoad(orchestratorUrl, portalToken, tracker, dossiers, 4096);
             // The machine's speed in each phase, read together with the load generator's own work on
             // the same cores, which grows with the load offered (docs/performance.md).
             var probe = LoopbackProbe.start(LoopbackProbe.ROUND_TRIPS, Duration.ofSeconds(1))) {
            var result = new Overload(load, tracker, pids, probe, tableStats).phases(overload, options, startedAt, out);
            print(result, out);
            out.println("JSON:  " + writeJson(result, options.output(), "overload-" + startedAt));
            if (load.taken() >= dossiers.size()) {
                out.println("Note: every prepared dossier was submitted before the end; give more --families.");
            }
        }
    }

    private Result phases(OverloadOptions overload, BenchOptions options, String startedAt, PrintStream out)
            throws InterruptedException {
        List<Phase> phases = new ArrayList<>();
        out.printf("Overload mode: warm-up %d s as fast as taken (max %d in flight)...%n",
                options.warmup().toSeconds(), options.maxInFlight());
        long warmupEnd = System.nanoTime() + options.warmup().toNanos();
        // The statistics a server running for a while has, gathered on a thread of its own while
        // the warm-up's load runs on (see Benchmark).
        Thread analyzer = new Thread(() -> {
            try {
                sleepUntil(Benchmark.analyzeAt(warmupEnd, options.warmup()));
                Benchmark.analyze(tableStats, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "analyzer");
        analyzer.start();
        closedLoop(warmupEnd, options.maxInFlight());
        analyzer.join();
        out.printf("Sustained rate: %d s as fast as taken...%n", options.duration().toSeconds());
        Phase sustained = measure("sustained", 0, options.duration(), () -> closedLoop(
                System.nanoTime() + options.duration().toNanos(), options.maxInFlight()));
        phases.add(sustained);
        out.printf(Locale.ROOT, "  sustained %.1f dossiers/s%n", sustained.completedPerSecond());

        List<Double> offered = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (overload.offeredRate() != null) {
            offered.add((double) overload.offeredRate());
            names.add(overload.offeredRate() + "/s");
        } else {
            for (double multiple : overload.multiples()) {
                offered.add(multiple * sustained.completedPerSecond());
                names.add(String.format(Locale.ROOT, "%.3g×", multiple).replaceFirst("\\.?0+×$", "×"));
            }
        }
        for (int i = 0; i < offered.size(); i++) {
            double rate = Math.max(1, offered.get(i));
            out.printf(Locale.ROOT, "Offering %.1f dossiers/s (%s) for %d s, open loop...%n", rate, names.get(i),
                    overload.phase().toSeconds());
            phases.add(measure(names.get(i), rate, overload.phase(),
                    () -> load.offer(System.nanoTime() + overload.phase().toNanos(), rate)));
        }

        int leftWithThePortal = load.stopResending();
        load.awaitAnswers();
        int accepted = load.submitted();
        out.printf("Offer stopped (%d refused dossiers left with the portal); waiting up to %d s for the %d accepted to complete...%n",
                leftWithThePortal, overload.drain().toSeconds(), accepted);
        long drainStart = System.nanoTime();
        tracker.awaitCompleted(accepted, drainStart + overload.drain().toNanos());
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        int completed = tracker.completedCount();

        boolean held = phases.stream().skip(1)
                .allMatch(phase -> phase.completedPerSecond() >= HOLD * sustained.completedPerSecond());
        return new Result(startedAt, options.mode() + ", then overload", phases, accepted, completed,
                leftWithThePortal, drainSeconds, held, completed >= accepted, offeredAsAsked(phases), load.rejectedBy());
    }

    /** Whether every overload phase sent at least {@link #HOLD} of what it offered. */
    static boolean offeredAsAsked(List<Phase> phases) {
        return phases.stream().skip(1).allMatch(Phase::sentAsOffered);
    }

    private void closedLoop(long until, int maxInFlight) throws InterruptedException {
        load.run(until, 0, maxInFlight);
    }

    /** A phase that cannot be interrupted halfway. */
    private interface Offer {
        void run() throws InterruptedException;
    }

    private Phase measure(String name, double offered, Duration length, Offer offer) throws InterruptedException {
        var meter = new ProcessMeter(pids);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        int acceptedBefore = load.submitted();
        int sentBefore = load.sent();
        int refusalsBefore = load.refusals();
        int completedBefore = tracker.completedCount();
        meter.start();
        Thread offering = new Thread(() -> {
            try {
                offer.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "portal-offer-" + name);
        offering.start();
        List<Second> timeline = new ArrayList<>();
        int accepted = acceptedBefore;
        int refusals = refusalsBefore;
        int completed = completedBefore;
        // A reading a second until the phase's end; one that ran late is followed at once by the
        // next, and none starts after the end.
        long tick = start;
        while (System.nanoTime() < end) {
            tick = Math.min(Math.max(tick + 1_000_000_000L, System.nanoTime()), end);
            sleepUntil(tick);
            meter.sample();
            int acceptedNow = load.submitted();
            int refusalsNow = load.refusals();
            int completedNow = tracker.completedCount();
            timeline.add(new Second(timeline.size() + 1, acceptedNow - accepted, refusalsNow - refusals,
                    completedNow - completed, acceptedNow - completedNow));
            accepted = acceptedNow;
            refusals = refusalsNow;
            completed = completedNow;
        }
        List<ProcessMeter.Usage> usage = meter.stop();
        // What was measured, not the phase's nominal length: on a starved machine the last reading
        // (and the meter's) can end seconds late, and the phase's rates and cores are over that time.
        long measuredUntil = System.nanoTime();
        int sent = load.sent() - sentBefore;
        offering.join();
        double seconds = (measuredUntil - start) / 1e9;
        int completedInPhase = completed - completedBefore;
        double cpu = usage.stream().filter(u -> !u.name().startsWith(Report.LOAD_GENERATOR))
                .mapToDouble(ProcessMeter.Usage::cpuSeconds).sum();
        double loadGenerator = usage.stream().filter(u -> u.name().startsWith(Report.LOAD_GENERATOR))
                .mapToDouble(ProcessMeter.Usage::cpuSeconds).sum();
        double[] latencies = tracker.completions().stream()
                .filter(c -> c.completedAtNanos() >= start && c.completedAtNanos() < measuredUntil)
                .mapToDouble(CompletionTracker.Completion::latencyMillis).toArray();
        return new Phase(name, offered, sent / seconds, seconds, accepted - acceptedBefore, refusals - refusalsBefore,
                completedInPhase, (accepted - acceptedBefore) / seconds, (refusals - refusalsBefore) / seconds,
                completedInPhase / seconds, Percentiles.of(latencies),
                completedInPhase == 0 ? Double.NaN : 1000 * cpu / completedInPhase, cpu / seconds,
                machineCores(meter.machine(), seconds), loadGenerator / seconds,
                probe.medianMillisBetween(start, measuredUntil), timeline);
    }

    /**
     * The cores the whole machine was busy in a phase (every process and the kernel, the load
     * generator too); NaN where {@code /proc/stat} could not be read.
     */
    static double machineCores(MachineCpu machine, double seconds) {
        return machine.measured() ? machine.busySeconds() / seconds : Double.NaN;
    }

    static void print(Result r, PrintStream out) {
        out.println();
        out.println("=== Overload (" + r.startedAt() + ") ===");
        out.println("phase        offered/s  sent/s  accepted/s  refused/s  completed/s  of sustained  p50 ms  p99 ms  CPU ms/dossier  cores  machine");
        double sustained = r.phases().get(0).completedPerSecond();
        for (Phase p : r.phases()) {
            out.printf(Locale.ROOT, "%-12s %9s  %6.1f  %10.1f  %9.1f  %11.1f  %11.0f %%  %6.0f  %6.0f  %14.1f  %5.2f  %7s%n",
                    p.name(), p.offeredPerSecond() == 0 ? "as taken" : String.format(Locale.ROOT, "%.1f", p.offeredPerSecond()),
                    p.sentPerSecond(), p.acceptedPerSecond(), p.refusalsPerSecond(), p.completedPerSecond(),
                    100 * p.completedPerSecond() / sustained, p.latencyMillis().p50(), p.latencyMillis().p99(),
                    p.cpuMillisPerDossier(), p.cpuCoresUsed(), Double.isNaN(p.machineCoresBusy()) ? "n/a"
                            : String.format(Locale.ROOT, "%.2f", p.machineCoresBusy()));
        }
        out.println("  sent: first submissions the load generator managed to send (resends left out); cores: the"
                + " system's processes, the load generator left out; machine: every process and the kernel, the load"
                + " generator too");
        out.println("  the load generator's own cores, on the same cores as the system (a portal runs elsewhere): "
                + r.phases().stream().map(p -> String.format(Locale.ROOT, "%s %.2f", p.name(), p.loadGeneratorCores()))
                        .collect(Collectors.joining(", ")));
        out.println("  a probe round's CPU, the median (" + LoopbackProbe.ROUND_TRIPS + " loopback round trips between two threads of"
                + " the load generator; the machine's speed, dearer on a slower spell): " + r.phases().stream()
                .map(p -> Double.isNaN(p.probeRoundCpuMillis()) ? p.name() + " n/a"
                        : String.format(Locale.ROOT, "%s %.2f ms", p.name(), p.probeRoundCpuMillis()))
                .collect(Collectors.joining(", ")));
        out.println("  measured over: " + r.phases().stream()
                .map(p -> String.format(Locale.ROOT, "%s %.1f s", p.name(), p.seconds()))
                .collect(Collectors.joining(", "))
                + " (longer than the phase when the readings ran late on a busy machine; every rate is over this)");
        for (Phase p : r.phases().subList(1, r.phases().size())) {
            out.printf("  %s completed per second: %s%n", p.name(),
                    p.timeline().stream().map(s -> Integer.toString(s.completed())).toList());
            out.printf("  %s in flight at each second's end: %s%n", p.name(),
                    p.timeline().stream().map(s -> Integer.toString(s.inFlight())).toList());
        }
        out.printf(Locale.ROOT, "accepted in all              %d; completed %d (after %.0f s of drain); %d refused dossiers left with the portal%n",
                r.accepted(), r.completedOfAccepted(), r.drainSeconds(), r.leftWithThePortal());
        int rejected = r.rejectedBy().values().stream().mapToInt(Integer::intValue).sum();
        out.printf("rejected in all              %d (neither accepted nor asked to be sent again)%s%n", rejected,
                rejected == 0 ? "" : ": " + r.rejectedBy().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        String shortOfferings = r.phases().stream().skip(1)
                .filter(p -> !p.sentAsOffered())
                .map(p -> String.format(Locale.ROOT, "%.1f of the %.1f/s offered in %s", p.sentPerSecond(),
                        p.offeredPerSecond(), p.name()))
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "completions held ≥ %.0f %% of the sustained rate: %s%n", 100 * HOLD,
                r.offeredAsAsked() ? (r.completionsHeld() ? "yes" : "NO")
                        : "undecided: the load generator sent only " + shortOfferings
                                + " (below " + Math.round(100 * HOLD) + " %: it shares the cores with the system)");
        out.printf("every accepted dossier completed: %s%n", r.everyAcceptedCompleted() ? "yes"
                : "NO (" + (r.accepted() - r.completedOfAccepted()) + " not completed)");
    }

    static Path writeJson(Result result, Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), result);
        return file;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
