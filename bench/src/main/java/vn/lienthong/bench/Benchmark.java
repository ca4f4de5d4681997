package vn.lienthong.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.Family;
import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.PortalDossiers;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;

/**
 * {@code ./bench.sh}: starts the whole system with production durability (Kafka acks=all with
 * idempotent producers, every PostgreSQL commit flushed), measures Kafka and PostgreSQL alone,
 * then plays the portal for a warm-up and a measured window, and reports.
 */
public final class Benchmark {

    /** Services get full JIT compilation here, unlike the quick-starting local run. */
    static final List<String> SERVICE_JVM = List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchOptions options = BenchOptions.parse(args);
        String startedAt = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));
        Path work = options.root().resolve("bench").resolve("target").resolve("system");

        out.printf("Generating %d synthetic families...%n", options.families());
        Population population = SyntheticPopulation.generate(20261123, options.families(), LocalDate.now());
        Path seed = options.root().resolve("bench").resolve("target").resolve("seed");
        SeedFiles.write(population, seed);
        List<String> dossiers = population.families().stream()
                .filter(family -> family.child().bornInFacility())
                .map(PortalDossiers::render).toList();

        out.println("Starting Kafka, PostgreSQL and the five services (durable)...");
        List<String> jvm = new ArrayList<>(SERVICE_JVM);
        jvm.addAll(options.jvmOptions());
        if (options.profile()) {
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + options.output().toAbsolutePath().resolve("{service}.jfr"));
        }
        var settings = new LocalSystem.Settings(options.root(), work, false, true, seed, jvm, Map.of())
                .withInfrastructureProcess();
        for (String argument : options.serviceArguments()) {
            String module = argument.substring(0, argument.indexOf(':'));
            Service service = java.util.Arrays.stream(Service.values())
                    .filter(candidate -> candidate.moduleName().equals(module)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no service " + module));
            settings = settings.withArguments(service, List.of(argument.substring(argument.indexOf(':') + 1)));
        }
        if (options.faultProfile() != null) {
            settings = settings.withArguments(Service.ID_NUMBER, List.of("--lienthong.faults.profile=" + options.faultProfile()));
        }
        try (LocalSystem system = LocalSystem.start(settings)) {
            String jdbcUrl = system.jdbcUrl("orchestrator");
            Double kafkaAlone = null;
            Double postgresAlone = null;
            if (!options.skipPartsAlone()) {
                out.println("Measuring Kafka alone (200 000 messages of 700 bytes)...");
                kafkaAlone = PartsAlone.kafkaMessagesPerSecond(system.kafkaBootstrapServers(), 200_000, 700);
                out.println("Measuring PostgreSQL alone (16 connections, 10 s of single-row commits)...");
                postgresAlone = PartsAlone.postgresCommitsPerSecond(jdbcUrl, system.databaseUser(), 16, Duration.ofSeconds(10));
            }

            Map<String, Long> pids = new LinkedHashMap<>();
            for (Service service : Service.values()) {
                pids.put(service.moduleName(), system.service(service).pid());
            }
            pids.put("kafka (broker JVM)", system.infrastructureProcess().orElseThrow().pid());
            pids.put("load generator (this JVM)", ProcessHandle.current().pid());
            var meter = new ProcessMeter(pids);
            var costs = new CostCounter(system.kafkaBootstrapServers(), jdbcUrl, system.databaseUser());
            var statements = new StatementStats(jdbcUrl, system.databaseUser());

            try (var tracker = new CompletionTracker(system.kafkaBootstrapServers())) {
                var load = new PortalLoad(system.url(Service.ORCHESTRATOR), tracker, dossiers);
                out.printf("Playing the portal, %s: warm-up %d s, then %d s measured...%n", options.mode(),
                        options.warmup().toSeconds(), options.duration().toSeconds());
                long warmupEnd = System.nanoTime() + options.warmup().toNanos();
                long windowEnd = warmupEnd + options.duration().toNanos();
                Thread submitter = new Thread(() -> {
                    try {
                        load.run(windowEnd, options.rate(), options.maxInFlight());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "portal-load");
                submitter.start();
                sleepUntil(warmupEnd);

                CostCounter.Reading before = costs.read();
                statements.reset();
                meter.start();
                List<Integer> submittedPerSecond = new ArrayList<>();
                int submittedBefore = load.submitted();
                for (long tick = warmupEnd + 1_000_000_000L; tick <= windowEnd; tick += 1_000_000_000L) {
                    sleepUntil(tick);
                    meter.sample();
                    int now = load.submitted();
                    submittedPerSecond.add(now - submittedBefore);
                    submittedBefore = now;
                }
                List<ProcessMeter.Usage> usage = meter.stop();
                CostCounter.Reading after = costs.read();
                List<StatementStats.Statement> topStatements = new ArrayList<>(statements.perDatabase());
                topStatements.addAll(statements.top(15));
                submitter.join();

                var result = result(options, startedAt, load, tracker.completions(), warmupEnd, windowEnd,
                        submittedPerSecond, usage, before, after, kafkaAlone, postgresAlone, topStatements);
                Report.print(result, out);
                out.println("JSON:  " + Report.writeJson(result, options.output(), "bench-" + startedAt));
                out.println("Chart: " + Report.writeChart(result, options.output(), "bench-" + startedAt));
                if (tracker.actionRequiredEvents() > 0) {
                    out.println("Note: " + tracker.actionRequiredEvents() + " events showed a dossier waiting for a person.");
                }
            }
        }
    }

    private static BenchResult result(BenchOptions options, String startedAt, PortalLoad load,
                                      List<CompletionTracker.Completion> completions, long windowStart, long windowEnd,
                                      List<Integer> submittedPerSecond, List<ProcessMeter.Usage> usage,
                                      CostCounter.Reading before, CostCounter.Reading after, Double kafkaAlone,
                                      Double postgresAlone, List<StatementStats.Statement> topStatements) {
        List<CompletionTracker.Completion> inWindow = completions.stream()
                .filter(c -> c.completedAtNanos() >= windowStart && c.completedAtNanos() < windowEnd).toList();
        double seconds = (windowEnd - windowStart) / 1e9;
        double perSecond = inWindow.size() / seconds;
        Map<String, Percentiles> steps = new LinkedHashMap<>();
        for (CompletionTracker.Step step : CompletionTracker.Step.values()) {
            steps.put(step.name(), Percentiles.of(inWindow.stream()
                    .filter(c -> c.stepMillis().containsKey(step))
                    .mapToDouble(c -> c.stepMillis().get(step)).toArray()));
        }
        List<BenchResult.Second> timeline = new ArrayList<>();
        for (int s = 0; s < submittedPerSecond.size(); s++) {
            long from = windowStart + s * 1_000_000_000L;
            double[] latencies = inWindow.stream()
                    .filter(c -> c.completedAtNanos() >= from && c.completedAtNanos() < from + 1_000_000_000L)
                    .mapToDouble(CompletionTracker.Completion::latencyMillis).toArray();
            Percentiles p = Percentiles.of(latencies);
            timeline.add(new BenchResult.Second(s + 1, submittedPerSecond.get(s), latencies.length, p.p50(), p.p99()));
        }
        double messagesPerDossier = inWindow.isEmpty() ? Double.NaN : (after.messages() - before.messages()) / (double) inWindow.size();
        double commitsPerDossier = inWindow.isEmpty() ? Double.NaN : (after.commits() - before.commits()) / (double) inWindow.size();
        Double boundByKafka = kafkaAlone == null ? null : kafkaAlone / messagesPerDossier;
        Double boundByPostgres = postgresAlone == null ? null : postgresAlone / commitsPerDossier;
        Double bound = boundByKafka == null ? null : Math.min(boundByKafka, boundByPostgres);
        double cores = usage.stream().mapToDouble(ProcessMeter.Usage::cpuSeconds).sum() / seconds;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new BenchResult(startedAt, options.mode(), options.warmup().toSeconds(), options.duration().toSeconds(),
                options.faultProfile(), Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024), load.submitted(), inWindow.size(), perSecond,
                Percentiles.of(inWindow.stream().mapToDouble(CompletionTracker.Completion::latencyMillis).toArray()),
                steps, load.meanSubmitMillis(), load.rejected(), usage, cores, kafkaAlone, postgresAlone,
                messagesPerDossier, commitsPerDossier, boundByKafka, boundByPostgres, bound,
                bound == null ? null : perSecond / bound, topStatements, timeline);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
