package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.Directories;
import vn.lienthong.deploy.local.LocalRun;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.Family;
import vn.lienthong.deploy.population.PortalDossiers;
import vn.lienthong.deploy.population.SyntheticPopulation;

/**
 * {@code ./run-local.sh} as people use it, on a directory of its own: stopped with SIGTERM in the
 * middle of a flow and started again, a service killed under it, the run itself killed, and
 * {@code --fresh}, stopped with SIGINT.
 */
@Order(SuiteOrder.OWN_SYSTEM)
class LocalRunIT {

    private static final int FAMILIES = 60;
    private static final int DOSSIERS = 40;
    private static final Path RUNS = LocalRunScript.ROOT.resolve("system-tests").resolve("target").resolve("local-runs");
    /** Where run-local.sh keeps the warm start of the JVM that runs Kafka and PostgreSQL. */
    private static final Path OWN_WARM_START = LocalRunScript.ROOT.resolve("deploy").resolve("target").resolve("warm-start");
    private static final String OWN_START = "the Kafka and PostgreSQL JVM: ";
    private static final String WARM_START_READY = "the warm start is ready for the next start";
    /**
     * The service whose archive the test deletes before the second start, so that start trains it:
     * an agency on Kafka and PostgreSQL, like most. The others start warm from the archives the
     * shared system trained; every service's training run is the same code.
     */
    private static final Service TRAINED = Service.HEALTH_INSURANCE;

    private final List<LocalRunScript> runs = new ArrayList<>();

    @BeforeAll
    static void stopTheSharedSystem() {
        RunningSystem.makeRoomForOwnSystem();
    }

    @AfterEach
    void leaveNothingRunning() {
        runs.forEach(LocalRunScript::destroy);
    }

    /**
     * One directory through a run's life: stopped with SIGTERM mid-flow and started again, a
     * service killed under the second run and brought back, the run itself killed, then
     * {@code --fresh} over what it left behind. One flow, so the suite pays for three starts. The
     * JVM that runs Kafka and PostgreSQL goes through its own warm start on the way: its jar
     * extracted during the first start, its classes archived as the second and third stop, the
     * archive kept only from the one that stopped cleanly. So does a service's: its archive deleted
     * before the second start, trained in its background (the training run started up to ready,
     * then stopped with SIGTERM, its archive kept) and mapped by the third, with every other
     * service's.
     */
    @Test
    void stoppedMidFlowRestartedSupervisedKilledAndStartedFreshLosesNothingAndLeavesNothingBehind() {
        Path directory = emptyDirectory("life");
        Directories.delete(OWN_WARM_START);
        // With the fault simulation on (as a profile with no faults), so the test can slow it down.
        LocalRunScript first = start(directory, "--fault-profile=none");
        Map<String, Long> population = population(first);
        assertThat(Files.exists(log(directory, "logs-previous"))).isFalse();
        assertThat(ownStart(first)).endsWith("/ cold, its warm start prepared in the background");
        // Each ID-number look-up takes about a second, so the stop comes while dossiers are in flight.
        var slow = new PortalConsole(first.populationDatabaseUrl(), first.identity().staff("quantri"))
                .put("/api/v1/admin/fault-profile", "{\"latencyMedian\": \"1s\", \"latencyP99\": \"2s\"}");
        assertThat(slow.status()).as("fault profile %s", slow.body()).isEqualTo(200);

        PortalConsole portal = first.portal();
        List<String> dossierIds = new ArrayList<>();
        for (Family family : families().subList(0, DOSSIERS)) {
            dossierIds.add(portal.submit(PortalDossiers.tree(family)).body().get("dossierId").asString());
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> completed(portal, dossierIds) >= 3);
        int completedBeforeStop = completed(portal, dossierIds);
        first.signal("TERM");

        assertThat(first.awaitExit(Duration.ofSeconds(90))).as("exit status after SIGTERM").isZero();
        assertThat(completedBeforeStop).as("the stop came mid-flow").isLessThan(DOSSIERS);
        assertStoppedInOrder(first);

        // Started again on the same data: the seed kept, every dossier completes exactly once.
        await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(OWN_WARM_START.resolve("stamp")));
        // One, when the first start mapped every service's archive (the shared system trained them);
        // all seven when it did not (the test run alone after a build, say).
        List<Service> removed = servicesStart(first).contains(", warm start (")
                ? List.of(TRAINED) : List.of(Service.values());
        removed.forEach(service -> Directories.delete(LocalSystem.warmStartDirectory(LocalRunScript.ROOT, service)));
        LocalRunScript second = start(directory);
        assertThat(servicesStart(second)).as("services with no archive").contains(removed.size() + " of them cold");
        assertThat(ownStart(second)).endsWith("/ cold, its classes archived as it stops");
        assertThat(second.said("already loaded earlier")).as("the seed kept from the first start").isTrue();
        assertThat(population(second)).as("the population after the restart").isEqualTo(population);
        assertThat(read(log(directory, "logs-previous"))).as("first start's log").contains("rows from citizens.csv");
        assertThat(read(log(directory, "logs"))).as("second start's log: no seed import")
                .contains("Started").doesNotContain("rows from citizens.csv");

        PortalConsole portalAgain = second.portal();
        List<JsonNode> dossiers = dossierIds.stream().map(id -> Dossiers.awaitDone(portalAgain, second::officerOf, id)).toList();
        assertThat(dossiers).allSatisfy(d -> assertThat(d.get("status").asString()).as("%s", d).isEqualTo("COMPLETED"));
        Set<String> idNumbers = new HashSet<>();
        dossiers.forEach(d -> idNumbers.add(d.at("/results/personalIdNumber").asString()));
        assertThat(idNumbers).as("one number per child").hasSize(DOSSIERS);
        String ours = "dossier_id in (" + String.join(",", dossierIds.stream().map(id -> "'" + id + "'").toList()) + ")";
        assertThat(second.count("id_number", "select count(*) from personal_id_number_assignment"))
                .as("numbers the population database assigned").isEqualTo(DOSSIERS);
        assertThat(second.count("civil_registry", "select count(*) from birth_register_entry where " + ours))
                .as("births registered").isEqualTo(DOSSIERS);
        assertThat(second.count("residence", "select count(*) from household_member where " + ours))
                .as("children registered as residents").isEqualTo(DOSSIERS);
        assertThat(second.count("health_insurance", "select count(*) from health_insurance_card where " + ours))
                .as("cards issued").isEqualTo(DOSSIERS);

        // A service killed under the run comes back, and takes its work again.
        long civilRegistry = second.recordedPid("civil-registry-service");
        ProcessHandle.of(civilRegistry).orElseThrow().destroyForcibly();
        second.awaitLine(line -> line.contains("civil-registry-service exited unexpectedly (exit code 137)"),
                Duration.ofSeconds(30));
        second.awaitLine(line -> line.contains("civil-registry-service is running again"), Duration.ofMinutes(3));
        assertThat(second.recordedPid("civil-registry-service")).as("the new process").isNotEqualTo(civilRegistry);
        String afterKill = portalAgain.submit(PortalDossiers.tree(families().get(DOSSIERS))).body().get("dossierId").asString();
        assertThat(Dossiers.awaitDone(portalAgain, second::officerOf, afterKill).get("status").asString())
                .isEqualTo("COMPLETED");

        // The service's warm start, prepared in the background of the second start: its training run
        // started up to ready and stopped with SIGTERM, its archive kept for the next start.
        second.awaitLine(line -> line.contains(WARM_START_READY), Duration.ofMinutes(6));
        assertThat(second.output()).filteredOn(line -> line.contains(WARM_START_READY))
                .as("every service trained").noneMatch(line -> line.contains("except"));
        assertThat(Service.values()).allSatisfy(service -> assertThat(LocalSystem.warmStartArchive(LocalRunScript.ROOT, service))
                .as("%s's archive", service.moduleName()).isNotEmptyFile());

        // The run is killed outright: its PostgreSQL server and its services stay behind.
        ProcessHandle postgres = second.postgresServer().orElseThrow();
        long supervisor = second.recordedPid("supervisor");
        List<ProcessHandle> services = List.of("id-number-service", "civil-registry-service", "residence-service",
                "health-insurance-service", "orchestrator-service").stream()
                .map(name -> ProcessHandle.of(second.recordedPid(name)).orElseThrow()).toList();
        LocalRunScript.signal(supervisor, "KILL");
        second.awaitExit(Duration.ofSeconds(30));
        assertThat(OWN_WARM_START.resolve("deploy.jsa")).as("no archive from a JVM killed").doesNotExist();
        assertThat(OWN_WARM_START.resolve("training.jsa")).as("nor half of one").doesNotExist();
        assertThat(postgres.isAlive()).as("PostgreSQL outlives the killed run").isTrue();

        LocalRunScript fresh = start(directory, "--fresh");
        assertThat(fresh.said("PostgreSQL (pid " + postgres.pid() + ") from an earlier run is still running; stopping it"))
                .isTrue();
        assertThat(postgres.isAlive()).as("the leftover PostgreSQL").isFalse();
        assertThat(services).allSatisfy(service -> assertThat(service.isAlive()).as("leftover %s", service).isFalse());
        assertThat(fresh.portal().get("/api/v1/dossiers/" + afterKill).status()).as("a dossier from before").isEqualTo(404);
        assertThat(fresh.count("orchestrator", "select count(*) from dossier")).as("dossiers after --fresh").isZero();
        assertThat(population(fresh)).as("the population after --fresh").isEqualTo(population);
        assertThat(fresh.said("loaded / đã nạp")).isTrue();
        assertThat(ownStart(fresh)).endsWith("/ cold, its classes archived as it stops");
        assertThat(servicesStart(fresh)).as("every service from its archive").contains(", warm start (");

        fresh.signal("INT");
        assertThat(fresh.awaitExit(Duration.ofSeconds(90))).as("exit status after SIGINT").isZero();
        assertStoppedInOrder(fresh);
        assertThat(OWN_WARM_START.resolve("deploy.jsa")).as("the archive of a clean stop, for the next start").isNotEmptyFile();
        assertThat(OWN_WARM_START.resolve("training.jsa")).doesNotExist();
    }

    private LocalRunScript start(Path directory, String... options) {
        LocalRunScript run = LocalRunScript.start(directory, FAMILIES, options);
        runs.add(run);
        return run;
    }

    /** What the ready line says of the services' start: how long, and whether from their archives. */
    private static String servicesStart(LocalRunScript run) {
        return firstLine(run, line -> line.contains("Kafka + PostgreSQL ") && line.contains(", services "));
    }

    /** What the ready line says of the start of the JVM that runs Kafka and PostgreSQL. */
    private static String ownStart(LocalRunScript run) {
        return firstLine(run, line -> line.contains(OWN_START));
    }

    private static String firstLine(LocalRunScript run, Predicate<String> wanted) {
        return run.output().stream().filter(wanted).findFirst().orElse("(not said)");
    }

    /** The stop's lines, in the order of the stop; and no stack trace anywhere. */
    private static void assertStoppedInOrder(LocalRunScript run) {
        List<String> output = run.output();
        int stopping = indexOf(output, "stopping: services, then Kafka, then PostgreSQL");
        int services = indexOf(output, "services stopped");
        int kafka = indexOf(output, "Kafka stopped");
        int postgres = indexOf(output, "PostgreSQL stopped");
        assertThat(List.of(stopping, services, kafka, postgres)).as("%s", output).doesNotContain(-1).isSorted();
        assertThat(output).noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** What the seed files put in the agencies' databases, leaving out what dossiers add. */
    private static Map<String, Long> population(LocalRunScript run) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("citizens", run.count("id_number", "select count(*) from citizen c where not exists"
                + " (select 1 from personal_id_number_assignment a where a.personal_id_number = c.personal_id_number)"));
        counts.put("communes", run.count("id_number", "select count(*) from commune"));
        counts.put("households", run.count("residence", "select count(*) from household"));
        counts.put("residents", run.count("residence", "select count(*) from household_member where dossier_id is null"));
        counts.put("care facilities", run.count("health_insurance", "select count(*) from care_facility"));
        assertThat(counts.get("citizens")).as("citizens seeded")
                .isGreaterThanOrEqualTo(SyntheticPopulation.generate(LocalRun.POPULATION_SEED, FAMILIES).citizens().size());
        return counts;
    }

    private static List<Family> families() {
        return SyntheticPopulation.generate(LocalRun.POPULATION_SEED, FAMILIES).families();
    }

    private static int completed(PortalConsole portal, List<String> dossierIds) {
        int completed = 0;
        for (String dossierId : dossierIds) {
            completed += "COMPLETED".equals(portal.dossier(dossierId).get("status").asString()) ? 1 : 0;
        }
        return completed;
    }

    private static Path log(Path directory, String logs) {
        return directory.resolve(logs).resolve("id-number-service.log");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path emptyDirectory(String name) {
        Path directory = RUNS.resolve(name);
        Directories.empty(directory);
        return directory;
    }
}
