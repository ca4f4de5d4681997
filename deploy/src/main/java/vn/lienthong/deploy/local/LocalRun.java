package vn.lienthong.deploy.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;

/**
 * {@code ./run-local.sh}: starts the whole system on this machine, prints where to reach it, and
 * runs until Ctrl-C. Options: {@code --demo} submits example dossiers and shows them complete;
 * {@code --families=N} seeds N synthetic families (default 500); {@code --fault-profile=NAME}
 * makes the population database misbehave as named.
 */
public final class LocalRun {

    /** The local run's population: this seed, and {@code --families} families (default 500). */
    public static final long POPULATION_SEED = 42;
    /** The first families of the population, which {@code --demo} submits. */
    public static final int DEMO_FAMILIES = 4;

    private LocalRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options = Options.parse(args);
        Path work = options.root().resolve("local-run");

        Population population = SyntheticPopulation.generate(POPULATION_SEED, options.families());
        Path seed = work.resolveSibling("local-run-seed");
        SeedFiles.write(population, seed);

        var settings = new LocalSystem.Settings(options.root(), work, true, true, seed,
                LocalSystem.Settings.SMALL_JVM, Map.of());
        if (options.faultProfile() != null) {
            settings = settings.withArguments(Service.ID_NUMBER, List.of("--lienthong.faults.simulation=true",
                    "--lienthong.faults.profile=" + options.faultProfile()));
        }
        out.println("Khởi động hệ thống / starting: Kafka, PostgreSQL and five services...");
        LocalSystem system = LocalSystem.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Dừng hệ thống / stopping...");
            system.close();
        }, "stop-local-system"));

        Duration ready = Duration.between(options.startedAt(), Instant.now());
        out.printf("%nSẵn sàng sau / ready after %.1f s (from the command, build included)%n", ready.toMillis() / 1000.0);
        out.printf("  Portal API (orchestrator)     %s/api/v1/dossiers%n", system.url(Service.ORCHESTRATOR));
        out.printf("  Population database           %s%n", system.url(Service.ID_NUMBER));
        out.printf("  Civil-status database         %s%n", system.url(Service.CIVIL_REGISTRY));
        out.printf("  Residence database            %s%n", system.url(Service.RESIDENCE));
        out.printf("  Social insurance              %s%n", system.url(Service.HEALTH_INSURANCE));
        out.printf("  Kafka                         %s%n", system.kafkaBootstrapServers());
        out.printf("  PostgreSQL                    jdbc:postgresql://127.0.0.1:%d/<service database>%n",
                system.postgresPort());
        out.printf("  Logs                          %s%n", work.resolve("logs"));
        out.printf("  Seed data (%d families)       %s%n", options.families(), seed);
        if (options.faultProfile() != null) {
            out.printf("  Fault profile                 %s%n", options.faultProfile());
        }
        if (options.demo()) {
            out.println();
            out.println("Demo: nộp hồ sơ mẫu và hồ sơ tổng hợp / submitting the example and synthetic dossiers");
            boolean allCompleted = new Demo(new PortalConsole(system.url(Service.ORCHESTRATOR)), out)
                    .run(population.families().subList(0, Math.min(DEMO_FAMILIES, population.families().size())));
            out.println(allCompleted ? "Tất cả hồ sơ đã hoàn thành / every dossier completed."
                    : "Có hồ sơ chưa hoàn thành / some dossiers did not complete.");
        }
        out.println("Nhấn Ctrl-C để dừng / press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    private record Options(Path root, boolean demo, int families, String faultProfile, Instant startedAt) {

        static Options parse(String[] args) {
            Path root = Path.of(".").toAbsolutePath().normalize();
            boolean demo = false;
            int families = 500;
            String faultProfile = null;
            Instant startedAt = Instant.now();
            List<String> unknown = new ArrayList<>();
            for (String arg : args) {
                if (arg.equals("--demo")) {
                    demo = true;
                } else if (arg.startsWith("--root=")) {
                    root = Path.of(arg.substring(7)).toAbsolutePath().normalize();
                } else if (arg.startsWith("--families=")) {
                    families = Integer.parseInt(arg.substring(11));
                } else if (arg.startsWith("--fault-profile=")) {
                    faultProfile = arg.substring(16);
                } else if (arg.startsWith("--started-at=")) {
                    startedAt = Instant.ofEpochMilli(Long.parseLong(arg.substring(13)));
                } else {
                    unknown.add(arg);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + unknown
                        + "; known: --demo --families=N --fault-profile=NAME");
            }
            return new Options(root, demo, families, faultProfile, startedAt);
        }
    }
}
