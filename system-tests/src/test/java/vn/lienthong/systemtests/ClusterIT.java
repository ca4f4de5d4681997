package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.local.LocalKafkaCluster;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.local.ServiceProcess;

/**
 * The cluster mode under a steady load: three Kafka nodes (replication factor 3,
 * {@code min.insync.replicas=2}, {@code acks=all}) and two replicas of the orchestrator and of each
 * agency. One Kafka node, one orchestrator replica and one agency replica are killed outright
 * (SIGKILL) at different moments and started again; every dossier completes, no agency's effect
 * happens twice, and how long each recovery took is printed. Before the kills and after the second
 * replicas are stopped, the CPU all processes spend per completed dossier is measured at the same
 * rate, to show what a second replica costs (docs/performance.md, "Cluster mode").
 */
@Order(SuiteOrder.OWN_SYSTEM)
class ClusterIT {

    /** Dossiers per second the portal sends: steady, well within what two cores take. */
    private static final int RATE = 3;
    private static final Duration WINDOW = Duration.ofSeconds(20);
    private static final AtomicInteger NEXT_CHILD = new AtomicInteger();

    private final List<String> dossierIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger submitRetries = new AtomicInteger();
    private LocalSystem system;
    private List<PortalConsole> portals;

    @BeforeAll
    static void stopTheSharedSystem() {
        RunningSystem.makeRoomForOwnSystem();
    }

    @Test
    void killingABrokerAnOrchestratorAndAnAgencyReplicaUnderLoadLosesNothingAndRepeatsNothing() throws Exception {
        Path root = Path.of(System.getProperty("lienthong.repository-root", "..")).toAbsolutePath().normalize();
        var settings = new LocalSystem.Settings(root, root.resolve("system-tests/target/cluster"), false, true, null,
                LocalSystem.Settings.SMALL_JVM, Map.of()).warmStarted().asCluster();
        Instant starting = Instant.now();
        try (LocalSystem started = LocalSystem.start(settings)) {
            system = started;
            say("cluster started in %d s: 3 Kafka nodes, %d service processes", seconds(starting),
                    system.serviceProcesses().size());
            LocalKafkaCluster kafka = system.kafkaCluster().orElseThrow();
            var token = system.identity().client("national-portal", "dossiers.submit dossiers.read");
            portals = List.of(new PortalConsole(system.replica(Service.ORCHESTRATOR, 1).baseUrl(), token),
                    new PortalConsole(system.replica(Service.ORCHESTRATOR, 2).baseUrl(), token));
            long assignmentsBefore = count("id_number", "select count(*) from personal_id_number_assignment");

            ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
            load.scheduleAtFixedRate(this::submitOne, 0, 1000 / RATE, TimeUnit.MILLISECONDS);
            try {
                sleep(Duration.ofSeconds(5));
                int node = 2;
                Instant killed = Instant.now();
                kafka.kill(node);
                long afterKill = awaitMoreCompleted(completed());
                say("Kafka node %d killed: dossiers completing again %.1f s later", node, since(killed));
                CompletableFuture<Void> brokerBack = CompletableFuture.runAsync(() -> {
                    sleep(Duration.ofSeconds(5));
                    Instant restarting = Instant.now();
                    kafka.restart(node);
                    Duration inSync = kafka.awaitFullyReplicated(Duration.ofMinutes(2));
                    say("Kafka node %d back: started in %d s, every partition in sync %.1f s later (%.1f s after the kill)",
                            node, seconds(restarting), inSync.toMillis() / 1000.0, since(killed));
                });
                sleep(Duration.ofSeconds(8));
                CompletableFuture<Void> orchestratorBack = crashAndRestart(Service.ORCHESTRATOR, 2);
                sleep(Duration.ofSeconds(12));
                CompletableFuture<Void> agencyBack = crashAndRestart(Service.CIVIL_REGISTRY, 1);
                CompletableFuture.allOf(brokerBack, orchestratorBack, agencyBack).join();
                assertThat(afterKill).isPositive();

                // What a second replica costs, every process warmed up: the same load on two replicas
                // of each, then on one (the second replicas asked to stop).
                String twoReplicas = cpuPerDossier();
                List<ServiceProcess> seconds = LocalSystem.REPLICATED.stream().map(s -> system.replica(s, 2)).toList();
                seconds.forEach(ServiceProcess::requestStop);
                seconds.forEach(ServiceProcess::awaitStop);
                sleep(Duration.ofSeconds(5));
                String oneReplica = cpuPerDossier();
                say("CPU of all processes at %d dossiers/s: two replicas %s; one replica %s", RATE, twoReplicas, oneReplica);
            } finally {
                load.shutdown();
                load.awaitTermination(1, TimeUnit.MINUTES);
            }

            int submitted = dossierIds.size();
            say("%d dossiers submitted (%d submissions sent again to the other orchestrator replica)",
                    submitted, submitRetries.get());
            Instant draining = Instant.now();
            while (completed() < submitted && Duration.between(draining, Instant.now()).toMinutes() < 2) {
                sleep(Duration.ofMillis(250));
            }
            say("last dossier completed %.1f s after the load stopped", since(draining));
            List<JsonNode> dossiers = new ArrayList<>();
            for (String dossierId : dossierIds) {
                dossiers.add(portals.get(0).dossier(dossierId));
            }
            assertThat(dossiers).allSatisfy(d -> assertThat(d.get("status").asString()).as("%s", d).isEqualTo("COMPLETED"));
            assertThat(new HashSet<>(dossierIds)).as("one dossier per submission").hasSize(submitted);
            Set<String> idNumbers = new HashSet<>();
            dossiers.forEach(d -> idNumbers.add(d.at("/results/personalIdNumber").asString()));
            assertThat(idNumbers).as("one number per child, never one number for two").hasSize(submitted);
            assertThat(count("orchestrator", "select count(*) from dossier")).as("dossiers received").isEqualTo(submitted);
            assertThat(count("id_number", "select count(*) from personal_id_number_assignment") - assignmentsBefore)
                    .as("numbers the population database assigned").isEqualTo(submitted);
            assertThat(count("civil_registry", "select count(*) from birth_register_entry")).as("births registered")
                    .isEqualTo(submitted);
            assertThat(count("residence", "select count(*) from household_member where dossier_id is not null"))
                    .as("children registered as residents").isEqualTo(submitted);
            assertThat(count("health_insurance", "select count(*) from health_insurance_card where dossier_id is not null"))
                    .as("cards issued").isEqualTo(submitted);
            say("all %d dossiers completed, each effect once; test ran %d s", submitted, seconds(starting));
        }
    }

    /** One dossier from the portal; when one orchestrator replica does not answer, the other is asked. */
    private void submitOne() {
        ObjectNode dossier = aTypicalDossier().json();
        int n = NEXT_CHILD.getAndIncrement();
        // Distinct children, so that the population database's same-child rule never joins two.
        ((ObjectNode) dossier.get("child")).put("fullName", "Điểu Thị Hoa " + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26));
        Instant deadline = Instant.now().plusSeconds(60);
        for (int attempt = 0; Instant.now().isBefore(deadline) && !Thread.currentThread().isInterrupted(); attempt++) {
            PortalConsole portal = portals.get((n + attempt) % 2);
            try {
                PortalConsole.Answer answer = portal.submit(dossier);
                if (answer.status() == 202 || answer.status() == 200) {
                    String id = answer.body().get("dossierId").asString();
                    if (!dossierIds.contains(id)) {
                        dossierIds.add(id);
                    }
                    return;
                }
            } catch (RuntimeException e) {
                // that replica is down: the portal's load balancer would send it to the other
            }
            submitRetries.incrementAndGet();
            sleep(Duration.ofMillis(200));
        }
        if (!Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("no orchestrator replica took a dossier for 60 s");
        }
    }

    private CompletableFuture<Void> crashAndRestart(Service service, int replica) {
        ServiceProcess process = system.replica(service, replica);
        Instant killed = Instant.now();
        process.kill();
        long before = completed();
        return CompletableFuture.runAsync(() -> {
            awaitMoreCompleted(before);
            say("%s replica %d killed: dossiers completing again %.1f s later", service, replica, since(killed));
            system.restart(process);
            say("%s replica %d back and ready %.1f s after the kill", service, replica, since(killed));
        });
    }

    /**
     * CPU time every process of the system spent in one window: per dossier completed in it, and in
     * cores (CPU seconds per second).
     */
    private String cpuPerDossier() {
        Map<Long, Duration> before = cpuByProcess();
        long completedBefore = completed();
        Instant start = Instant.now();
        sleep(WINDOW);
        Map<Long, Duration> after = cpuByProcess();
        long completedInWindow = completed() - completedBefore;
        double windowSeconds = since(start);
        long nanos = 0;
        for (var entry : after.entrySet()) {
            nanos += entry.getValue().minus(before.getOrDefault(entry.getKey(), Duration.ZERO)).toNanos();
        }
        assertThat(completedInWindow).as("dossiers completed in the window").isPositive();
        return String.format(Locale.ROOT, "%.1f ms per dossier (%d dossiers in %.0f s, %.2f cores)",
                nanos / 1e6 / completedInWindow, completedInWindow, windowSeconds, nanos / 1e9 / windowSeconds);
    }

    /**
     * CPU time of every process of this cluster: its services, its Kafka nodes, its PostgreSQL
     * server and that server's backends; not the load generator, nor another system the same test
     * JVM may be running.
     */
    private Map<Long, Duration> cpuByProcess() {
        List<ProcessHandle> processes = new ArrayList<>();
        system.serviceProcesses().stream().filter(ServiceProcess::isAlive)
                .forEach(process -> ProcessHandle.of(process.pid()).ifPresent(processes::add));
        LocalKafkaCluster kafka = system.kafkaCluster().orElseThrow();
        kafka.nodeIds().forEach(node -> ProcessHandle.of(kafka.pid(node)).ifPresent(processes::add));
        String data = system.workDirectory().resolve("postgres").toString();
        // pg_ctl starts the server and exits: the server is no child of this JVM, found by its data directory.
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(data))
                .forEach(postmaster -> {
                    processes.add(postmaster);
                    postmaster.descendants().forEach(processes::add);
                });
        Map<Long, Duration> cpu = new HashMap<>();
        processes.forEach(process ->
                process.info().totalCpuDuration().ifPresent(duration -> cpu.put(process.pid(), duration)));
        return cpu;
    }

    private long awaitMoreCompleted(long than) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            long now = completed();
            if (now > than) {
                return now;
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("no dossier completed for 120 s");
    }

    private long completed() {
        try {
            return count("orchestrator", "select count(*) from dossier where status = 'COMPLETED'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(system.jdbcUrl(database), system.databaseUser(), "");
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void say(String format, Object... arguments) {
        System.out.println("[cluster] " + String.format(Locale.ROOT, format, arguments));
    }

    private static double since(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private static long seconds(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
