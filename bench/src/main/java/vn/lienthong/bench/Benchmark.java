package vn.lienthong.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import vn.lienthong.deploy.local.IdentityClient;
import vn.lienthong.deploy.local.LocalKafka;
import vn.lienthong.deploy.local.LocalRun;
import vn.lienthong.deploy.local.LocalSecrets;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.Family;
import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.PortalDeathDossiers;
import vn.lienthong.deploy.population.PortalDossiers;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;

/**
 * {@code ./bench.sh}: starts the whole system with production durability (Kafka acks=all with
 * idempotent producers, every PostgreSQL commit flushed), measures Kafka and PostgreSQL alone,
 * then plays the portal for a warm-up and a measured window, and reports.
 */
public final class Benchmark {

    /**
     * Service JVMs as a small deployment would run them. Only the C1 compiler: with eight JVMs on
     * two cores, C2 spends minutes compiling under load, which would blur a run of a few minutes
     * (docs/performance.md); {@code --jvm=-XX:TieredStopAtLevel=4} gives full JIT back, as the
     * container image runs it (with {@code --warmup=900s} for its steady state), and
     * {@code --jvm=orchestrator-service:-XX:TieredStopAtLevel=4} to one service only.
     */
    static final List<String> SERVICE_JVM = List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

    /** How long before the window the service databases are analyzed (at most half the warm-up). */
    private static final Duration ANALYZE_BEFORE_WINDOW = Duration.ofSeconds(10);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        OverloadOptions.Parsed overloadAndRest = OverloadOptions.parse(args);
        OverloadOptions overload = overloadAndRest.overload();
        BenchOptions options = BenchOptions.parse(overloadAndRest.rest());
        String startedAt = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));

        if (options.running() != null) {
            // The local run's population, as ./run-local.sh generated it; the demo's first families are left out.
            Population population = SyntheticPopulation.generate(LocalRun.POPULATION_SEED, options.families());
            List<Family> families = population.families().subList(Math.min(LocalRun.DEMO_FAMILIES, population.families().size()),
                    population.families().size());
            BenchOptions.Running running = options.running();
            out.printf("Using the running system at %s (Kafka %s, PostgreSQL %s), %d families...%n",
                    running.orchestratorUrl(), running.kafkaBootstrapServers(), running.postgresHostAndPort(), families.size());
            // The portal's token from the run's identity provider and Kafka's admin, with the secrets
            // ./run-local.sh made up and keeps with its data.
            LocalSecrets secrets = LocalSecrets.ofRun(running.directory());
            String issuer = "http://127.0.0.1:" + Service.IDENTITY.localPort();
            var identity = new IdentityClient(issuer, LocalSystem.consoleRedirectUriIn(running.directory()), secrets);
            var kafka = LocalKafka.clientProperties(running.kafkaBootstrapServers(), LocalKafka.ADMIN,
                    secrets.kafkaPassword(LocalKafka.ADMIN));
            measure(options, overload, startedAt, dossiers(families), new Target(running.orchestratorUrl(),
                    kafka, running.jdbcUrl("orchestrator"), "postgres", RunningProcesses.find(),
                    identity.client(PORTAL, PORTAL_SCOPES), issuer, localServiceUrls(),
                    identity.client(METRICS_SCRAPER, METRICS_SCOPE)), out);
            return;
        }

        Path work = options.root().resolve("bench").resolve("target").resolve("system");
        out.printf("Generating %d synthetic families...%n", options.families());
        Population population = SyntheticPopulation.generate(20261123, options.families(), LocalDate.now());
        Path seed = options.root().resolve("bench").resolve("target").resolve("seed");
        SeedFiles.write(population, seed);

        out.println("Starting Kafka, PostgreSQL and the five services (durable)...");
        List<String> jvm = new ArrayList<>(SERVICE_JVM);
        jvm.addAll(options.jvmOptions());
        if (options.profile()) {
            // The JVM writes the recording there at exit but will not start without the directory.
            Files.createDirectories(options.output());
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + options.output().toAbsolutePath().resolve("{service}.jfr"));
        }
        var settings = new LocalSystem.Settings(options.root(), work, false, true, seed, jvm, Map.of())
                .withInfrastructureProcess();
        for (String argument : options.serviceArguments()) {
            String module = argument.substring(0, argument.indexOf(':'));
            Service service = Service.ofModule(module)
                    .orElseThrow(() -> new IllegalArgumentException("no service " + module));
            settings = settings.withArguments(service, List.of(argument.substring(argument.indexOf(':') + 1)));
        }
        if (options.faultProfile() != null) {
            settings = settings.withArguments(Service.ID_NUMBER, List.of("--lienthong.faults.simulation=true",
                    "--lienthong.faults.profile=" + options.faultProfile()));
        }
        LocalSystem created = LocalSystem.create(settings);
        // Ctrl-C or a kill during the run stops the services, Kafka and PostgreSQL too, as
        // ./run-local.sh does; after the run's own stop this finds nothing left.
        Runtime.getRuntime().addShutdownHook(new Thread(created::close, "stop-benchmark-system"));
        try (LocalSystem system = created.start()) {
            Map<String, Long> pids = new LinkedHashMap<>();
            for (Service service : system.services()) {
                pids.put(service.moduleName(), system.service(service).pid());
            }
            pids.put("kafka (broker JVM)", system.infrastructureProcess().orElseThrow().pid());
            measure(options, overload, startedAt, dossiers(population, options.deathPercent()), new Target(system.url(Service.ORCHESTRATOR),
                    system.kafkaAdminProperties(), system.jdbcUrl("orchestrator"), system.databaseUser(), pids,
                    system.identity().client(PORTAL, PORTAL_SCOPES), system.url(Service.IDENTITY), serviceUrls(system),
                    system.identity().client(METRICS_SCRAPER, METRICS_SCOPE)), out);
        } finally {
            keepLogs(work.resolve("logs"), options.output().resolve((overload.enabled() ? "overload-" : "bench-")
                    + startedAt + "-logs"), out);
        }
    }

    /**
     * The services' logs of this run, kept with its results (the next run starts with empty logs),
     * with their errors and warnings counted, so that a run in which something failed says so.
     */
    private static void keepLogs(Path logs, Path target, PrintStream out) {
        if (!Files.isDirectory(logs)) {
            return;
        }
        try {
            ServiceLogs.Counts counts = ServiceLogs.keep(logs, target);
            out.println("Logs:  " + target + (counts.errors().isEmpty() ? " (no errors" : " (errors: " + counts.errors())
                    + (counts.warnings().isEmpty() ? "" : "; warnings: " + counts.warnings()) + ")");
        } catch (IOException e) {
            out.println("Logs:  not kept (" + e + "); they are in " + logs + " until the next run");
        }
    }

    /**
     * Where the system under test is, and its JVMs by name (PostgreSQL's processes are found from
     * its postmaster); {@code kafka}: client settings of Kafka's admin, who may look at every topic;
     * {@code tokenIssuer}: the identity provider whose tokens the services check.
     */
    private record Target(String orchestratorUrl, Map<String, Object> kafka, String jdbcUrl, String databaseUser,
                          Map<String, Long> pids, Supplier<String> portalToken, String tokenIssuer,
                          Map<String, String> serviceUrls, Supplier<String> metricsToken) {
    }

    private static final String METRICS_SCRAPER = "metrics-scraper";
    private static final String METRICS_SCOPE = "metrics.read";

    private static final String PORTAL = "national-portal";
    private static final String PORTAL_SCOPES = "dossiers.submit dossiers.read";

    private static List<String> dossiers(List<Family> families) {
        return families.stream().filter(family -> family.child().bornInFacility()).map(PortalDossiers::render).toList();
    }

    /**
     * The births, with {@code deathPercent} in every hundred dossiers a death dossier interleaved
     * (deaths whose data agree across the agencies, so each completes without a person), while
     * the population's deaths last.
     */
    private static List<String> dossiers(Population population, int deathPercent) {
        List<String> births = dossiers(population.families());
        if (deathPercent == 0) {
            return births;
        }
        List<String> deaths = population.deaths().stream().filter(death -> !death.dateOfBirthDiffers())
                .map(PortalDeathDossiers::render).toList();
        List<String> mixed = new ArrayList<>();
        int birth = 0;
        int death = 0;
        while (birth < births.size()) {
            boolean deathDue = death < deaths.size() && (long) death * 100 < (long) (birth + death + 1) * deathPercent;
            mixed.add(deathDue ? deaths.get(death++) : births.get(birth++));
        }
        return mixed;
    }

    /** The services' addresses, for their stage meters. */
    private static Map<String, String> serviceUrls(LocalSystem system) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (Service service : system.services()) {
            urls.put(service.moduleName(), system.url(service));
        }
        return urls;
    }

    /** The local run's services at their fixed ports. */
    private static Map<String, String> localServiceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            urls.put(service.moduleName(), "http://127.0.0.1:" + service.localPort());
        }
        return urls;
    }

    /** The usual measurement, or with {@code --overload} the overload mode instead. */
    private static void measure(BenchOptions options, OverloadOptions overload, String startedAt, List<String> dossiers, Target target,
                                PrintStream out) throws Exception {
        Map<String, Long> pids = new LinkedHashMap<>(target.pids());
        pids.put(ProcessMeter.POSTGRES, ProcessMeter.postmasterOf(target.jdbcUrl(), target.databaseUser()));
        int systemNice = options.systemNiceFor(overload.enabled());
        if (systemNice > 0) {
            int threads = SystemPriority.lower(pids.values(), systemNice);
            out.printf("The system's %d threads run at nice %d, the load generator at 0 (--system-nice)%n",
                    threads, systemNice);
        }
        pids.put(Report.LOAD_GENERATOR + " (this JVM)", ProcessHandle.current().pid());
        String shortOfDossiers = overload.enabled() ? null : options.shortOfDossiers(dossiers.size());
        if (shortOfDossiers != null) {
            throw new IllegalArgumentException(shortOfDossiers);
        }
        if (overload.enabled()) {
            Overload.run(overload, options, startedAt, dossiers, target.orchestratorUrl(), target.portalToken(),
                    target.kafka(), new TableStats(target.jdbcUrl(), target.databaseUser()), pids, out);
            return;
        }
        String jdbcUrl = target.jdbcUrl();
        Double kafkaAlone = null;
        Double postgresAlone = null;
        Double tokenCheck = null;
        if (!options.skipPartsAlone()) {
            out.println("Measuring a token check alone (signature, claims and caller, 50 000 checks of the portal's token)...");
            tokenCheck = PartsAlone.tokenCheckCpuMicros(target.tokenIssuer(), target.portalToken().get(), 50_000);
            out.println("Measuring Kafka alone (200 000 messages of 700 bytes)...");
            kafkaAlone = PartsAlone.kafkaMessagesPerSecond(target.kafka(), 200_000, 700);
            out.println("Measuring PostgreSQL alone (16 connections, 10 s of single-row commits)...");
            postgresAlone = PartsAlone.postgresCommitsPerSecond(jdbcUrl, target.databaseUser(), 16, Duration.ofSeconds(10));
        }

        var meter = new ProcessMeter(pids);
        var costs = new CostCounter(target.kafka(), jdbcUrl, target.databaseUser());
        var statements = new StatementStats(jdbcUrl, target.databaseUser());
        var tableStats = new TableStats(jdbcUrl, target.databaseUser());
        var stageStats = new StageStats(target.serviceUrls(), target.metricsToken());

        ExecutorService readings = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "edge-reading");
            thread.setDaemon(true);
            return thread;
        });
        try (var tracker = new CompletionTracker(target.kafka());
             var load = new PortalLoad(target.orchestratorUrl(), target.portalToken(), tracker, dossiers);
             // Started with the warm-up, so that its code is compiled by the time the window opens.
             var probe = LoopbackProbe.start(LoopbackProbe.ROUND_TRIPS, Duration.ofSeconds(1))) {
            out.printf("Playing the portal, %s: warm-up %d s, then %d s measured...%n", options.mode(),
                    options.warmup().toSeconds(), options.duration().toSeconds());
            long warmupEnd = System.nanoTime() + options.warmup().toNanos();
            long windowEnd = warmupEnd + options.duration().toNanos();
            // The load runs on until the readings that close the window are taken: they are taken
            // under the same load as the window, and what they count can be set against it.
            Thread submitter = new Thread(() -> {
                try {
                    load.run(Long.MAX_VALUE, options.rate(), options.maxInFlight());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "portal-load");
            submitter.start();
            // A service's first scrape loads the code that writes it, slowly under load: not at the window's edge.
            stageStats.read();
            // The statistics a server running for a while has, with time for the plans made again
            // from them to settle before the window opens.
            long analyzeAt = analyzeAt(warmupEnd, options.warmup());
            sleepUntil(analyzeAt);
            Double analyzeSeconds = analyze(tableStats, out);
            sleepUntil(warmupEnd);

            // The processes' CPU first, at the edge itself; the other readings side by side, each timed.
            meter.start();
            int refusalsBefore = load.refusals();
            var costsBefore = Timed.of(costs::read, readings);
            var stagesBefore = Timed.of(stageStats::read, readings);
            var statementsReset = Timed.of(statements::reset, readings);
            var tablesBefore = Timed.of(tableStats::read, readings);
            // The peak memory, read by a thread of its own: PostgreSQL's is slow to read under load.
            var memory = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "memory-sampler");
                thread.setDaemon(true);
                return thread;
            });
            memory.scheduleWithFixedDelay(meter::sample, 1, 1, TimeUnit.SECONDS);
            double openingSeconds = Math.max(Math.max(costsBefore.join().tookSeconds(), stagesBefore.join().tookSeconds()),
                    Math.max(statementsReset.join().tookSeconds(), tablesBefore.join().tookSeconds()));
            sleepUntil(windowEnd);

            memory.shutdownNow();
            List<ProcessMeter.Usage> usage = meter.stop();
            int refusalsInWindow = load.refusals() - refusalsBefore;
            var costsAfter = Timed.of(costs::read, readings);
            var stagesAfter = Timed.of(stageStats::read, readings);
            var statementsAfter = Timed.of(() -> {
                List<StatementStats.Statement> top = new ArrayList<>();
                if (statementsReset.join().value()) {
                    top.addAll(statements.perDatabase());
                    top.addAll(statements.top(10));
                }
                return top;
            }, readings);
            var tablesAfter = Timed.of(tableStats::read, readings);
            CompletableFuture.allOf(costsAfter, stagesAfter, statementsAfter, tablesAfter).join();
            load.stop();
            submitter.join();
            double closingSeconds = Math.max(Math.max(costsAfter.join().tookSeconds(), stagesAfter.join().tookSeconds()),
                    Math.max(statementsAfter.join().tookSeconds(), tablesAfter.join().tookSeconds()));

            List<CompletionTracker.Completion> completions = tracker.completions();
            var window = new BenchResult.Window((meter.stoppedAt() - meter.startedAt()) / 1e9, openingSeconds, closingSeconds,
                    between(completions, costsBefore.join(), costsAfter.join()),
                    between(completions, statementsReset.join(), statementsAfter.join()),
                    between(completions, tablesBefore.join(), tablesAfter.join()));
            List<StageStats.Stage> stages = StageStats.between(stagesBefore.join().value(), stagesAfter.join().value());
            List<StageStats.Timing> timings = StageStats.timings(stagesBefore.join().value(), stagesAfter.join().value());
            TableStats.Reading tablesAtStart = tablesBefore.join().value();
            TableStats.Reading tablesAtEnd = tablesAfter.join().value();
            List<TableStats.TableWrites> tableWrites = TableStats.writesBetween(tablesAtStart, tablesAtEnd, 12);
            List<TableStats.FunctionCalls> functionCalls = TableStats.callsBetween(tablesAtStart, tablesAtEnd);

            var result = result(options, startedAt, load, completions, tracker.submittedAtNanos(), meter.startedAt(),
                    meter.stoppedAt(), window, refusalsInWindow, usage, meter.machine(),
                    probe.medianMillisBetween(meter.startedAt(), meter.stoppedAt()), costsBefore.join().value(),
                    costsAfter.join().value(), kafkaAlone, postgresAlone, tokenCheck, statementsAfter.join().value(),
                    tableWrites, functionCalls, TableStats.scansBetween(tablesAtStart, tablesAtEnd, 8), stages, timings,
                    analyzeSeconds == null ? null : (warmupEnd - analyzeAt) / 1e9, analyzeSeconds);
            Report.print(result, out);
            out.println("JSON:  " + Report.writeJson(result, options.output(), "bench-" + startedAt));
            out.println("Chart: " + Report.writeChart(result, options.output(), "bench-" + startedAt));
            if (load.submitted() >= dossiers.size()) {
                out.println("Note: every prepared dossier was submitted before the end; give more --families.");
            }
            if (tracker.actionRequiredEvents() > 0) {
                out.println("Note: " + tracker.actionRequiredEvents() + " events showed a dossier waiting for a person.");
            }
        } finally {
            readings.shutdownNow();
        }
    }

    /**
     * Analyzes every service database ({@link TableStats#analyze}) and says so; a failure (a
     * running system whose superuser the benchmark cannot use) leaves the plans as they are.
     * Returns how long it took, or null when it failed.
     */
    static Double analyze(TableStats tableStats, PrintStream out) {
        long start = System.nanoTime();
        try {
            tableStats.analyze();
        } catch (SQLException e) {
            out.println("Could not analyze the service databases (" + e.getMessage() + "); the window runs on the plans it finds.");
            return null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Analyzed every service database in %.1f s, as autovacuum does once a table grows.%n", seconds);
        return seconds;
    }

    /** When, in a warm-up ending at {@code warmupEnd}, to analyze the service databases. */
    static long analyzeAt(long warmupEnd, Duration warmup) {
        return warmupEnd - Math.min(ANALYZE_BEFORE_WINDOW.toNanos(), warmup.toNanos() / 2);
    }

    /** The dossiers completed between the middles of two readings. */
    private static int between(List<CompletionTracker.Completion> completions, Timed<?> before, Timed<?> after) {
        return Timeline.completedBetween(completions, before.atNanos(), after.atNanos());
    }

    private static BenchResult result(BenchOptions options, String startedAt, PortalLoad load,
                                      List<CompletionTracker.Completion> completions, long[] submittedAtNanos,
                                      long windowStart, long windowEnd, BenchResult.Window window,
                                      int refusalsInWindow, List<ProcessMeter.Usage> usage, MachineCpu machine,
                                      double probeMillis, CostCounter.Reading before, CostCounter.Reading after, Double kafkaAlone,
                                      Double postgresAlone, Double tokenCheck,
                                      List<StatementStats.Statement> topStatements,
                                      List<TableStats.TableWrites> tableWrites,
                                      List<TableStats.FunctionCalls> functionCalls,
                                      List<TableStats.TableScans> tableScans, List<StageStats.Stage> stages,
                                      List<StageStats.Timing> timings, Double analyzedBeforeWindow,
                                      Double analyzeSeconds) {
        List<CompletionTracker.Completion> inWindow = completions.stream()
                .filter(c -> c.completedAtNanos() >= windowStart && c.completedAtNanos() < windowEnd).toList();
        double seconds = window.seconds();
        double perSecond = inWindow.size() / seconds;
        Map<String, Percentiles> steps = new LinkedHashMap<>();
        for (CompletionTracker.Step step : CompletionTracker.Step.values()) {
            double[] millis = inWindow.stream().filter(c -> c.stepMillis().containsKey(step))
                    .mapToDouble(c -> c.stepMillis().get(step)).toArray();
            // A procedure not in the mix has no steps to report.
            if (millis.length > 0 || step.ordinal() <= CompletionTracker.Step.HEALTH_INSURANCE.ordinal()) {
                steps.put(step.name(), Percentiles.of(millis));
            }
        }
        List<BenchResult.Second> timeline = Timeline.of(submittedAtNanos, completions, windowStart, windowEnd);
        var flow = Flow.of(timeline);
        double messagesPerDossier = perDossier(before.messages(), after.messages(), window.costDossiers());
        double commitsPerDossier = perDossier(before.commits(), after.commits(), window.costDossiers());
        double offsetCommitsPerDossier = perDossier(before.offsetCommits(), after.offsetCommits(), window.costDossiers());
        Double boundByKafka = kafkaAlone == null ? null : kafkaAlone / messagesPerDossier;
        Double boundByPostgres = postgresAlone == null ? null : postgresAlone / commitsPerDossier;
        Double bound = boundByKafka == null ? null : Math.min(boundByKafka, boundByPostgres);
        double cores = usage.stream().mapToDouble(ProcessMeter.Usage::cpuSeconds).sum() / seconds;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new BenchResult(startedAt, options.mode(), options.warmup().toSeconds(), options.duration().toSeconds(),
                options.faultProfile(), Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024), load.submitted(), inWindow.size(), perSecond,
                Percentiles.of(inWindow.stream().mapToDouble(CompletionTracker.Completion::latencyMillis).toArray()),
                steps, load.submitMillis(windowStart, windowEnd), load.rejected(), refusalsInWindow, usage, cores, machine,
                Double.isNaN(probeMillis) ? null : probeMillis, analyzedBeforeWindow, analyzeSeconds, kafkaAlone, postgresAlone, tokenCheck,
                messagesPerDossier, offsetCommitsPerDossier, commitsPerDossier, boundByKafka, boundByPostgres, bound,
                bound == null ? null : perSecond / bound, flow.emptySecondShare(), flow.completionsPerSecondCv(),
                stages, timings, topStatements, tableWrites, functionCalls, tableScans, timeline, window);
    }

    /** How much a count grew over the window, per dossier completed in it; NaN without a dossier or a reading (-1). */
    private static double perDossier(long before, long after, int dossiers) {
        return dossiers == 0 || before < 0 || after < 0 ? Double.NaN : (after - before) / (double) dossiers;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
