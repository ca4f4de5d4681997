package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.lienthong.deploy.population.Death;
import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;
import vn.lienthong.deploy.traces.OtlpTraceReceiver;
import vn.lienthong.deploy.traces.TraceStore;

/**
 * {@code ./run-local.sh}: starts the whole system on this machine, prints where to reach it, and
 * runs until stopped (Ctrl-C, SIGTERM or SIGHUP). The data stays in {@code local-run/} and the
 * next start goes on with it; a service that exits unexpectedly is restarted.
 */
public final class LocalRun {

    /** The local run's population: this seed, and {@code --families} families (default 500). */
    public static final long POPULATION_SEED = 42;
    /** The first families of the population, which {@code --demo} submits. */
    public static final int DEMO_FAMILIES = 4;
    /** OTLP/HTTP's usual port, where the local run receives the services' spans. */
    static final int TRACES_PORT = 4318;
    static final String TRACES_FILE = "traces/spans.jsonl";
    /** Spans kept in memory for the trace lookups (all of them are in the file). */
    static final int TRACES_KEPT_IN_MEMORY = 200_000;

    static final String USAGE = """
            ./run-local.sh [options]
              --demo                 also submit example dossiers and show them complete
              --families=N           synthetic families in the population database (default 500)
              --fault-profile=NAME   make the population database misbehave (realistic, end-of-day, outage)
              --fresh                start from empty databases and an empty Kafka log
              --directory=PATH       keep the data there instead of local-run/
              --free-ports           take free ports instead of 8080-8084, 4318, 5432 and 9092
              --no-traces            services export no spans (default: kept in local-run/traces/)
              --cold-start           start the services without their class-data archives (to compare);
                                     by default the first start after a build makes them in the background
              --cluster              three Kafka nodes (replication factor 3, min.insync.replicas=2) and
                                     two replicas of the orchestrator and of each agency; data in
                                     local-run-cluster/ (or --directory), emptied at every start
            Data (PostgreSQL, Kafka, logs) stays in local-run/ between runs; a service that exits
            unexpectedly is restarted. Ctrl-C (or kill -TERM / -INT) stops the services, then Kafka,
            then PostgreSQL.""";

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            System.exit(2);
            return;
        }
        Path work = options.directory();

        Population population = SyntheticPopulation.generate(POPULATION_SEED, options.families());
        Path seed = work.resolve("seed");
        SeedFiles.write(population, seed);

        var settings = new LocalSystem.Settings(options.root(), work, !options.freePorts(), true, seed,
                LocalSystem.Settings.SMALL_JVM, Map.of())
                .withOfficerConsole()
                .withStorage(options.fresh() ? LocalSystem.Storage.KEPT_STARTING_EMPTY : LocalSystem.Storage.KEPT)
                .supervised(LocalSystem.Supervision.DEFAULT)
                .withConsole(out::println);
        if (!options.coldStart()) {
            settings = settings.warmStarted();
        }
        if (options.cluster()) {
            // The cluster's Kafka nodes start empty every time: so do the databases, to match.
            settings = settings.asCluster().withStorage(LocalSystem.Storage.THROWAWAY);
        }
        OtlpTraceReceiver traces;
        try {
            traces = options.traces() ? startTraceReceiver(options, work) : null;
        } catch (RuntimeException | IOException e) {
            out.println("Không khởi động được / could not start: " + StartFailure.reason(e));
            System.exit(1);
            return;
        }
        if (traces != null) {
            for (Service service : settings.services()) {
                settings = settings.withArguments(service, List.of(traces.exportArgument()));
            }
        }
        if (options.faultProfile() != null) {
            settings = settings.withArguments(Service.ID_NUMBER, List.of("--lienthong.faults.simulation=true",
                    "--lienthong.faults.profile=" + options.faultProfile()));
        }
        out.println(options.cluster()
                ? "Khởi động cụm / starting the cluster: three Kafka nodes, PostgreSQL, two replicas of the orchestrator and of each agency..."
                : options.fresh()
                ? "Khởi động hệ thống từ dữ liệu trống / starting from empty data: Kafka, PostgreSQL, five services and the console..."
                : "Khởi động hệ thống / starting: Kafka, PostgreSQL, five services and the console...");
        LocalSystem system = LocalSystem.create(settings);
        StopSignals.onStop(() -> stop(system, out), () -> out.println("Đang dừng, xin chờ / stopping, please wait..."));
        // Any other way out of the JVM stops the system too; after an orderly stop this finds nothing left.
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "stop-local-system"));
        try {
            system.start();
        } catch (RuntimeException e) {
            if (system.stopRequested()) {
                Thread.currentThread().join(); // the stop under way ends the JVM
            }
            out.println("Không khởi động được / could not start: " + StartFailure.reason(e));
            System.exit(1);
            return;
        }

        Duration ready = Duration.between(options.startedAt(), Instant.now());
        out.printf("%nSẵn sàng sau / ready after %.1f s (from the command, build included)%n", ready.toMillis() / 1000.0);
        out.printf("  %s%s%n", system.startTimes(), system.warmStartKind().isEmpty() ? ", cold start"
                : system.startedCold().isEmpty() ? ", warm start (" + system.warmStartKind() + ")"
                : ", " + system.startedCold().size() + " of them cold (no " + system.warmStartKind() + " archive for this build yet)");
        out.printf("  JVM của Kafka + PostgreSQL / the Kafka and PostgreSQL JVM: %s%n",
                OwnStart.ofThisJvm(options.coldStart()).said());
        out.printf("  Console (officers, ops)       %s%n", system.url(Service.CONSOLE));
        out.printf("  Portal API (orchestrator)     %s/api/v1/dossiers%n", system.url(Service.ORCHESTRATOR));
        out.printf("  Identity provider (OIDC)      %s%n", system.url(Service.IDENTITY));
        out.printf("  Population database           %s%n", system.url(Service.ID_NUMBER));
        out.printf("  Civil-status database         %s%n", system.url(Service.CIVIL_REGISTRY));
        out.printf("  Residence database            %s%n", system.url(Service.RESIDENCE));
        out.printf("  Social insurance              %s%n", system.url(Service.HEALTH_INSURANCE));
        out.printf("  Kafka (SASL/SCRAM-SHA-512)    %s, admin's password: kafka.admin in %s%n",
                system.kafkaBootstrapServers(), system.secrets().file());
        if (options.cluster()) {
            for (Service replicated : LocalSystem.REPLICATED) {
                out.printf("  %-30s%s%n", "Second replica, " + replicated.database(), system.replica(replicated, 2).baseUrl());
            }
        }
        out.printf("  PostgreSQL                    jdbc:postgresql://127.0.0.1:%d/<service database>%n",
                system.postgresPort());
        out.printf(options.cluster() ? "  Data (emptied at every start) %s%n" : "  Data (kept; --fresh empties)  %s%n", work);
        out.printf("  Logs                          %s%n", work.resolve("logs"));
        if (traces != null) {
            out.printf("  Traces (OTLP receiver)        %s, kept in %s%n", traces.endpoint(), work.resolve(TRACES_FILE));
            out.printf("  One dossier's trace           curl %s/v1/dossiers/<dossier id>/trace%n", traces.baseUrl());
        }
        out.printf("  %-30s%s, %s%n", "Seed data (" + options.families() + " families)", seed,
                system.seedLoaded() ? "loaded / đã nạp" : "already loaded earlier / đã nạp từ trước");
        if (options.faultProfile() != null) {
            out.printf("  Fault profile                 %s%n", options.faultProfile());
        }
        DemoAccounts.print(system, out);
        if (system.prepareWarmStartInBackground()) {
            String kind = system.warmStartKind();
            int cold = system.startedCold().size();
            out.printf("Chuẩn bị khởi động nhanh (%s) cho lần sau, chạy nền / preparing the warm start (%s) of %d service%s"
                    + " for the next start, in the background...%n", kind, kind, cold, cold == 1 ? "" : "s");
        }
        if (options.demo()) {
            out.println();
            out.println("Demo: nộp hồ sơ mẫu và hồ sơ tổng hợp / submitting the example and synthetic dossiers");
            try {
                boolean allCompleted = new Demo(system.portal(), out)
                        .run(population.families().subList(0, Math.min(DEMO_FAMILIES, population.families().size())),
                                demoDeaths(population));
                out.println(allCompleted ? "Tất cả hồ sơ đã hoàn thành / every dossier completed."
                        : "Có hồ sơ chưa hoàn thành / some dossiers did not complete.");
            } catch (RuntimeException e) {
                if (system.stopRequested()) {
                    Thread.currentThread().join(); // stopped during the demo: the stop ends the JVM
                }
                out.println("Demo thất bại / the demo failed: " + e);
            }
        }
        out.println("Nhấn Ctrl-C để dừng / press Ctrl-C to stop.");
        system.stoppedOnFailure().get(); // the reason was said as the stop began
        out.println("Hệ thống đã dừng vì lỗi ở trên / the system stopped on the failure above.");
        System.exit(1);
    }

    /**
     * The receiver the services export their spans to: on the OTLP/HTTP port 4318, or a free one,
     * keeping every span in {@code traces/spans.jsonl} of the work directory (emptied with the data).
     */
    private static OtlpTraceReceiver startTraceReceiver(Options options, Path work) throws IOException {
        if (!options.freePorts() && Ports.taken(TRACES_PORT)) {
            throw new IllegalStateException("Cổng " + TRACES_PORT + " đang bận / port " + TRACES_PORT
                    + " is taken by another program; stop it, or start with --free-ports or --no-traces");
        }
        if (options.fresh() || options.cluster()) {
            Files.deleteIfExists(work.resolve(TRACES_FILE));
        }
        return OtlpTraceReceiver.start(options.freePorts() ? 0 : TRACES_PORT,
                TraceStore.inFile(work.resolve(TRACES_FILE), TRACES_KEPT_IN_MEMORY));
    }

    /** The orderly stop a signal asks for, also while the system is still starting. */
    private static void stop(LocalSystem system, PrintStream out) {
        out.println("Dừng hệ thống / stopping: services, then Kafka, then PostgreSQL...");
        long start = System.nanoTime();
        system.close();
        out.printf("Đã dừng / stopped in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * The deaths {@code --demo} declares: whose data agree across the agencies, one whose funeral
     * allowance social insurance grants and one it refuses (not insured, too few contributions or
     * paid by another scheme), so both outcomes show.
     */
    static List<Death> demoDeaths(Population population) {
        List<Death> agreeing = population.deaths().stream().filter(death -> !death.dateOfBirthDiffers()).toList();
        List<Death> chosen = new ArrayList<>();
        agreeing.stream().filter(death -> death.expectedAllowance() == Death.AllowanceOutcome.GRANTED).findFirst()
                .ifPresent(chosen::add);
        agreeing.stream().filter(death -> death.expectedAllowance() != Death.AllowanceOutcome.GRANTED).findFirst()
                .ifPresent(chosen::add);
        return chosen;
    }

    private record Options(Path root, Path directory, boolean demo, int families, String faultProfile, boolean fresh,
                           boolean freePorts, boolean cluster, boolean coldStart, Instant startedAt,
                           boolean traces) {

        static Options parse(String[] args) {
            Path root = Path.of(".").toAbsolutePath().normalize();
            Path directory = null;
            boolean demo = false;
            int families = 500;
            String faultProfile = null;
            boolean fresh = false;
            boolean freePorts = false;
            boolean cluster = false;
            boolean coldStart = false;
            boolean traces = true;
            Instant startedAt = Instant.now();
            List<String> unknown = new ArrayList<>();
            for (String arg : args) {
                if (arg.equals("--demo")) {
                    demo = true;
                } else if (arg.equals("--fresh")) {
                    fresh = true;
                } else if (arg.equals("--free-ports")) {
                    freePorts = true;
                } else if (arg.equals("--no-traces")) {
                    traces = false;
                } else if (arg.equals("--cluster")) {
                    cluster = true;
                } else if (arg.equals("--cold-start")) {
                    coldStart = true;
                } else if (arg.startsWith("--root=")) {
                    root = Path.of(arg.substring(7)).toAbsolutePath().normalize();
                } else if (arg.startsWith("--directory=")) {
                    directory = Path.of(arg.substring(12)).toAbsolutePath().normalize();
                } else if (arg.startsWith("--families=")) {
                    families = Integer.parseInt(arg.substring(11));
                } else if (arg.startsWith("--fault-profile=")) {
                    faultProfile = arg.substring(16);
                } else if (arg.startsWith("--started-at=")) {
                    startedAt = Instant.ofEpochMilli(Long.parseLong(arg.substring(13)));
                } else if (arg.equals("--help") || arg.equals("-h")) {
                    throw new IllegalArgumentException("");
                } else {
                    unknown.add(arg);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Tùy chọn không rõ / unknown options " + unknown);
            }
            Path defaultDirectory = root.resolve(cluster ? "local-run-cluster" : "local-run");
            return new Options(root, directory == null ? defaultDirectory : directory, demo, families,
                    faultProfile, fresh, freePorts, cluster, coldStart, startedAt, traces);
        }
    }
}
