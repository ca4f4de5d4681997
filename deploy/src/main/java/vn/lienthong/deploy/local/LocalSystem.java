package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on this machine: one real Kafka broker and one real PostgreSQL server in this
 * JVM, and the five services as separate processes talking to them over 127.0.0.1.
 *
 * <p>The work directory holds PostgreSQL's data ({@code postgres}), Kafka's log ({@code kafka}),
 * the services' logs ({@code logs}, the previous start's in {@code logs-previous}), the processes
 * of the run ({@code processes}) and which seed files were loaded ({@code seeded}). A stop takes
 * the services first (each asked to shut down, and waited for), then Kafka, then PostgreSQL;
 * only then are throw-away files removed.
 *
 * <p>Each service logs in to PostgreSQL as a role of its own ({@link ServiceRoles}) and to Kafka
 * as a user of its own ({@link KafkaUsers}, rights in {@link KafkaGrants}), with passwords made up
 * per run ({@link LocalSecrets}) and given to it in its environment.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);
    /** Longer with {@code -Dlienthong.ready-timeout=PT8M}, for a machine others load heavily. */
    private static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("lienthong.ready-timeout", "PT4M"));
    /** Eleven service JVMs and three Kafka nodes starting at once on two cores take longer. */
    private static final Duration CLUSTER_READY_TIMEOUT = Duration.ofMinutes(8);
    /** A training run at the lowest priority on a busy machine: to ready, then stopped and the archive written. */
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(15);
    /** A JVM's exit status after SIGTERM, when it ran its shutdown (and wrote its archive). */
    private static final int EXIT_AFTER_SIGTERM = 143;
    /** Kafka's ports when the documented ports are asked for: the services' default bootstrap address. */
    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;
    public static final int POSTGRES_PORT = 5432;
    /** Partitions of every topic; the services' binder asks for at least this many. */
    static final int KAFKA_PARTITIONS = 6;

    /** What happens to the work directory's data from one start to the next. */
    public enum Storage {
        /** Emptied at start; Kafka's and PostgreSQL's files removed once both have stopped (tests, benchmark). */
        THROWAWAY,
        /** Kept: the next start finds every dossier, registration and card, and goes on with those in flight. */
        KEPT,
        /** Kept from now on, but emptied first. */
        KEPT_STARTING_EMPTY
    }

    /**
     * Restarts of a service that exits unexpectedly: after {@code firstPause}, doubling each time,
     * at most {@code maxRestarts} within {@code window}; one more exit stops the whole system.
     */
    public record Supervision(int maxRestarts, Duration window, Duration firstPause) {

        public static final Supervision DEFAULT = new Supervision(5, Duration.ofMinutes(10), Duration.ofSeconds(1));
    }

    /**
     * @param repositoryRoot  where the services' modules are built ({@code <module>/target/<module>-*.jar})
     * @param workDirectory   where logs and database files go; see {@link Storage}
     * @param fixedPorts      the documented ports (services 8080–8084, PostgreSQL 5432, Kafka 9092) or free ones
     * @param durable         every commit flushed to disk before it returns, as in production
     * @param seedDirectory   synthetic seed files the services load at start-up, or null; with kept
     *                        data they are loaded only into databases not loaded from them yet
     * @param jvmOptions      options for every service's JVM; {@code {service}} becomes the module name, and
     *                        an option written {@code <module>:<option>} is for that service's JVM only
     * @param arguments       extra Spring arguments per service, e.g. a fault profile
     * @param infrastructureProcess Kafka and PostgreSQL in a process of their own (to measure them
     *                        apart), rather than in this JVM; needs this JVM's class path to be plain jars
     * @param storage         whether the data is kept from one start to the next
     * @param supervision     restarts of services that exit unexpectedly, or null for none (tests
     *                        that kill services on purpose restart them themselves)
     * @param console         where to say what happens (leftovers stopped, services restarted, the stop)
     * @param officerConsole  also the officers' and ops staff's web console ({@link Service#CONSOLE})
     * @param cluster         three Kafka nodes in processes of their own ({@link LocalKafkaCluster}:
     *                        replication factor 3, {@code min.insync.replicas=2}, producers {@code acks=all})
     *                        and two replicas of the orchestrator and of each agency ({@link #REPLICATED})
     * @param warmStart       each service's JVM maps a class-data archive of its start ({@link WarmStart});
     *                        the first start after a build starts cold and trains the archives in the
     *                        background once the system is ready
     */
    public record Settings(Path repositoryRoot, Path workDirectory, boolean fixedPorts, boolean durable,
                           Path seedDirectory, List<String> jvmOptions, Map<Service, List<String>> arguments,
                           boolean infrastructureProcess, Storage storage, Supervision supervision,
                           Consumer<String> console, boolean officerConsole, boolean cluster, boolean warmStart) {

        public Settings(Path repositoryRoot, Path workDirectory, boolean fixedPorts, boolean durable,
                        Path seedDirectory, List<String> jvmOptions, Map<Service, List<String>> arguments) {
            this(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments, false,
                    Storage.THROWAWAY, null, log::info, false, false, false);
        }

        /**
         * Services started warm from a class-data archive ({@link WarmStart}), made by a training
         * run in the background of the first start after each build, as the local run does.
         */
        public Settings warmStarted() {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    infrastructureProcess, storage, supervision, console, officerConsole, cluster, true);
        }

        /** Also starts the web console, as the local run does. */
        public Settings withOfficerConsole() {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    infrastructureProcess, storage, supervision, console, true, cluster, warmStart);
        }

        /** The services this system runs: every one, the console only when asked for. */
        public List<Service> services() {
            return java.util.Arrays.stream(Service.values())
                    .filter(service -> officerConsole || service != Service.CONSOLE).toList();
        }

        /**
         * The local run's services: a small heap, Serial GC and the C1 compiler only, as the
         * container images run them. A service's start fills about 110 MB of heap and 80 MB of
         * metaspace; from 64 MB the heap grew through two dozen young collections and two full
         * ones (one when the metaspace first passed its default 21 MB), about 0.8 s of the
         * orchestrator's start, against about 0.4 s from 128 MB (docs/performance.md, "Kafka
         * logins at start").
         */
        public static final List<String> SMALL_JVM = List.of("-Xms128m", "-Xmx384m", "-XX:MetaspaceSize=128m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

        public Settings withInfrastructureProcess() {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    true, storage, supervision, console, officerConsole, cluster, warmStart);
        }

        /** Three Kafka nodes and two replicas of the orchestrator and of each agency. */
        public Settings asCluster() {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    infrastructureProcess, storage, supervision, console, officerConsole, true, warmStart);
        }

        public Settings withStorage(Storage storage) {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    infrastructureProcess, storage, supervision, console, officerConsole, cluster, warmStart);
        }

        public Settings supervised(Supervision supervision) {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    infrastructureProcess, storage, supervision, console, officerConsole, cluster, warmStart);
        }

        public Settings withConsole(Consumer<String> console) {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    infrastructureProcess, storage, supervision, console, officerConsole, cluster, warmStart);
        }

        public Settings withArguments(Service service, List<String> extra) {
            Map<Service, List<String>> all = new EnumMap<>(Service.class);
            all.putAll(arguments);
            List<String> merged = new ArrayList<>(all.getOrDefault(service, List.of()));
            merged.addAll(extra);
            all.put(service, merged);
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, all,
                    infrastructureProcess, storage, supervision, console, officerConsole, cluster, warmStart);
        }
    }

    /** The services that run twice in the cluster mode: the identity provider and the console do not. */
    public static final List<Service> REPLICATED = List.of(Service.ORCHESTRATOR, Service.ID_NUMBER,
            Service.CIVIL_REGISTRY, Service.RESIDENCE, Service.HEALTH_INSURANCE);

    /** Where the officer and ops console listens in the local run. */
    public static final int CONSOLE_PORT = Service.CONSOLE.localPort();
    /** The console's port of a run on free ports with kept data: the identity provider registered its address. */
    private static final String CONSOLE_PORT_FILE = "console-port";

    private final Settings settings;
    private LocalSecrets secrets;
    private final Path work;
    private final RecordedProcesses recorded;
    private final SeedMarker seedMarker;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    /** The cluster mode's second replicas, on ports of their own. */
    private final Map<Service, ServiceProcess> secondReplicas = new EnumMap<>(Service.class);
    private final CompletableFuture<String> stopped = new CompletableFuture<>();
    private LocalKafka kafka;
    private LocalKafkaCluster kafkaCluster;
    private LocalPostgres postgres;
    private InfrastructureProcess infrastructure;
    private Supervisor supervisor;
    private String kafkaServers;
    private int postgresPort;
    private boolean seedLoaded;
    /** The warm start of each service, when the settings ask for one: {@link #warmStartKind()}. */
    private final Map<Service, WarmStart> warmStarts = new EnumMap<>(Service.class);
    /** The jar each service runs from, found once per start ({@link #jar}). */
    private final Map<Service, Path> jars = new EnumMap<>(Service.class);
    /** The background training of the warm start, and its run under way. */
    private Thread training;
    private List<Service> untrained = List.of();
    private ServiceProcess trainingRun;
    private Duration infrastructureTime = Duration.ZERO;
    private Duration servicesTime = Duration.ZERO;
    /** Set once no other run uses the work directory: only then may a stop clear it. */
    private boolean directoryOwned;
    private boolean closed;
    private volatile boolean stopRequested;

    private LocalSystem(Settings settings) {
        this.settings = settings;
        this.work = settings.workDirectory();
        this.recorded = new RecordedProcesses(work);
        this.seedMarker = new SeedMarker(work);
    }

    /** Starts everything and returns when every service is ready. */
    public static LocalSystem start(Settings settings) {
        return create(settings).start();
    }

    /**
     * A system not started yet: {@link #start()} starts it, and {@link #close()} from another
     * thread meanwhile makes the start give up at its next step and stop what it started.
     */
    public static LocalSystem create(Settings settings) {
        return new LocalSystem(settings);
    }

    /** Starts everything and returns when every service is ready; on failure, stops what it started. */
    public synchronized LocalSystem start() {
        try {
            startAll();
            return this;
        } catch (RuntimeException e) {
            // Stops what was started, without taking the failure for a stop asked for: the caller
            // tells the two apart (a failed start is reported, an interrupted one is not).
            stopAll();
            throw e;
        }
    }

    /** True once a stop was asked for (perhaps while the start was under way); not after a start that failed. */
    public boolean stopRequested() {
        return stopRequested;
    }

    private void startAll() {
        long startNanos = System.nanoTime();
        prepareWorkDirectory();
        int databasePort = settings.fixedPorts() ? POSTGRES_PORT : Ports.free();
        if (settings.fixedPorts()) {
            requireFree(databasePort, KAFKA_PORT, KAFKA_CONTROLLER_PORT);
        }
        Path data = work.resolve("postgres");
        boolean databasesNew;
        secrets = LocalSecrets.in(work);
        if (settings.infrastructureProcess()) {
            infrastructure = InfrastructureProcess.start(databasePort, data, settings.durable(),
                    secrets.kafkaCredentials(), work.resolve("logs").resolve("infrastructure.log"));
            kafkaServers = infrastructure.kafkaServers();
            postgresPort = infrastructure.postgresPort();
            databasesNew = true;
            giveServicesKafkaUsers();
        } else {
            // Both take seconds, mostly waiting: side by side.
            var startingKafka = settings.cluster()
                    ? OwnThread.run("start-kafka", this::startKafkaCluster)
                    : OwnThread.run("start-kafka", () -> kafka = startKafka());
            try {
                postgres = LocalPostgres.start(databasePort, settings.durable(), data, Service.databases());
            } finally {
                startingKafka.join();
            }
            postgresPort = postgres.port();
            databasesNew = !postgres.createdDatabases().isEmpty();
        }
        log.debug("Kafka at {}, PostgreSQL at 127.0.0.1:{}", kafkaServers, postgresPort);
        infrastructureTime = Duration.ofNanos(System.nanoTime() - startNanos);
        Map<String, String> passwords = new java.util.LinkedHashMap<>();
        for (Service service : Service.values()) {
            if (service.hasDatabase()) {
                passwords.put(service.database(), secrets.databasePassword(service.database()));
            }
        }
        ServiceRoles.provision(jdbcUrl("postgres"), databaseUser(), passwords);
        seedLoaded = settings.seedDirectory() != null
                && (settings.storage() == Storage.THROWAWAY || databasesNew || !seedMarker.loadedFrom(settings.seedDirectory()));

        for (Service service : settings.services()) {
            int port = settings.fixedPorts() ? service.localPort()
                    : service == Service.CONSOLE ? consolePort() : Ports.free();
            if (service == Service.CONSOLE) {
                rememberConsolePort(port);
            }
            services.put(service, new ServiceProcess(service, jar(service), port, jvmOptions(service),
                    List.of(), work.resolve("logs").resolve(service.moduleName() + ".log")));
            if (settings.cluster() && REPLICATED.contains(service)) {
                secondReplicas.put(service, new ServiceProcess(service, jar(service), Ports.free(), jvmOptions(service),
                        List.of(), work.resolve("logs").resolve(service.moduleName() + "-2.log")));
            }
        }
        if (settings.fixedPorts()) {
            requireFree(settings.services().toArray(Service[]::new));
        }
        for (Service service : settings.services()) {
            services.put(service, withArguments(services.get(service), 1));
        }
        for (Service service : List.copyOf(secondReplicas.keySet())) {
            secondReplicas.put(service, withArguments(secondReplicas.get(service), 2));
        }
        List<Service> untrained = settings.warmStart() ? startWarm() : List.of();
        abandonIfStopRequested();
        long servicesStart = System.nanoTime();
        allProcesses().forEach(ServiceProcess::start);
        recorded.record(allProcesses());
        CompletableFuture.allOf(allProcesses().stream()
                        .map(process -> OwnThread.run("await-" + process.service().moduleName(),
                                () -> process.awaitReady(readyTimeout(), () -> stopRequested)))
                        .toArray(CompletableFuture[]::new))
                .join();
        servicesTime = Duration.ofNanos(System.nanoTime() - servicesStart);
        abandonIfStopRequested();
        if (seedLoaded && settings.storage() != Storage.THROWAWAY) {
            seedMarker.markLoadedFrom(settings.seedDirectory());
        }
        if (settings.supervision() != null) {
            supervisor = new Supervisor(settings.supervision(), settings.console(), new SupervisedRestarts());
            allProcesses().forEach(process -> process.watch(supervisor));
        }
        this.untrained = untrained;
    }

    /**
     * Starts the training runs of the services that started cold (see {@link #trainInBackground});
     * true when there are any.
     */
    public synchronized boolean prepareWarmStartInBackground() {
        if (untrained.isEmpty() || training != null || closed) {
            return false;
        }
        List<Service> all = untrained;
        training = new Thread(() -> trainInBackground(all), "warm-start-training");
        training.setDaemon(true);
        training.start();
        return true;
    }

    /**
     * Waits up to {@code timeout} for the background training started by
     * {@link #prepareWarmStartInBackground}: true when none is under way any more (finished, or
     * never started), so that a system started next maps the archives it wrote.
     */
    public boolean awaitWarmStartPrepared(Duration timeout) {
        Thread running;
        synchronized (this) {
            running = training;
        }
        if (running == null) {
            return true;
        }
        try {
            running.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !running.isAlive();
    }

    /**
     * Makes every process of a service whose archive was made for this build map it, and returns
     * the services that have none yet: they start cold this time.
     */
    private List<Service> startWarm() {
        List<Service> untrained = new ArrayList<>();
        for (Service service : settings.services()) {
            try {
                WarmStart start = WarmStart.of(jar(service), warmStartDirectory(settings.repositoryRoot(), service),
                        jvmOptions(service));
                warmStarts.put(service, start);
                if (!start.ready()) {
                    untrained.add(service);
                    continue;
                }
                for (Map<Service, ServiceProcess> processes : List.of(services, secondReplicas)) {
                    processes.computeIfPresent(service, (key, process) -> process.variant(start.jar(), process.port(),
                            start.runOptions(), argument -> false, List.of(), false, process.log()));
                }
            } catch (RuntimeException e) {
                // A cold start is slower, not wrong.
                log.warn("{} starts cold: {}", service.moduleName(), e.toString());
            }
        }
        return untrained.stream().filter(warmStarts::containsKey).toList();
    }

    /**
     * After the system is ready, one service after the other and at the lowest CPU priority, so
     * the running system keeps the cores: extracts the jar and runs the training run that writes
     * the archive the next start maps. A stop meanwhile ends the training run and discards its
     * archive; the next start trains again.
     */
    private void trainInBackground(List<Service> untrained) {
        long start = System.nanoTime();
        List<String> cold = new ArrayList<>();
        for (Service service : untrained) {
            if (stopRequested) {
                return;
            }
            try {
                if (!train(service, warmStarts.get(service))) {
                    cold.add(service.moduleName());
                }
            } catch (RuntimeException e) {
                log.warn("no warm start for {}: {}", service.moduleName(), e.toString());
                cold.add(service.moduleName());
            }
        }
        if (!stopRequested) {
            settings.console().accept(String.format("Khởi động nhanh sẵn sàng cho lần sau / the warm start is ready for"
                            + " the next start (%.0f s)%s", (System.nanoTime() - start) / 1e9,
                    cold.isEmpty() ? "" : "; except / trừ " + cold + ": see logs/<service>-training.log"));
        }
    }

    /**
     * One training run: the service with its real settings (the seed left out) and without taking
     * work ({@link WarmStart#TRAINING_ARGUMENTS}), on a port of its own, until it answers ready;
     * then stopped as the local run stops it. True when it wrote its archive.
     */
    private boolean train(Service service, WarmStart start) {
        start.extract(java());
        Path output = start.trainingOutput();
        ServiceProcess run = services.get(service).variant(start.jar(), Ports.free(), start.trainingOptions(output),
                argument -> argument.startsWith("--lienthong.seed.directory="), WarmStart.TRAINING_ARGUMENTS, true,
                work.resolve("logs").resolve(service.moduleName() + "-training.log"));
        synchronized (this) {
            if (closed) {
                return false;
            }
            trainingRun = run;
            run.start();
        }
        try {
            run.awaitReady(TRAINING_TIMEOUT, () -> stopRequested);
        } catch (RuntimeException e) {
            run.kill();
            start.discard(output);
            if (stopRequested) {
                return false; // the next start trains again
            }
            throw e;
        }
        run.requestStop();
        int exit = run.awaitExit(TRAINING_TIMEOUT, () -> stopRequested);
        if (exit != 0 && exit != EXIT_AFTER_SIGTERM) {
            log.warn("training run of {} exited with {}", service.moduleName(), exit);
            start.discard(output); // a partial archive is never kept
            return false;
        }
        return start.complete(output);
    }

    /** The settings' JVM options as {@code service}'s JVM takes them ({@link Settings#jvmOptions()}). */
    static List<String> jvmOptions(List<String> options, Service service) {
        List<String> own = new ArrayList<>();
        for (String option : options) {
            int colon = option.indexOf(':');
            if (option.startsWith("-") || colon < 0) {
                own.add(option.replace("{service}", service.moduleName()));
            } else if (option.substring(0, colon).equals(service.moduleName())) {
                own.add(option.substring(colon + 1).replace("{service}", service.moduleName()));
            }
        }
        return own;
    }

    private List<String> jvmOptions(Service service) {
        return jvmOptions(settings.jvmOptions(), service);
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** "CDS" or "AOT cache" when the services start warm, empty otherwise. */
    public String warmStartKind() {
        return warmStarts.values().stream().findFirst().map(WarmStart::kind).orElse("");
    }

    /** The services that started cold, their archive missing or made for another build. */
    public List<Service> startedCold() {
        return untrained;
    }

    /** How long Kafka and PostgreSQL (and the roles, users and rights in them) took, and then the services. */
    public String startTimes() {
        return String.format("Kafka + PostgreSQL %.1f s, services %.1f s", infrastructureTime.toMillis() / 1000.0,
                servicesTime.toMillis() / 1000.0);
    }

    private void abandonIfStopRequested() {
        if (stopRequested) {
            throw new IllegalStateException("start abandoned: a stop was asked for");
        }
    }

    /** The broker, with the services' users, topics and ACLs in place. */
    private LocalKafka startKafka() {
        Path logDirectory = work.resolve("kafka");
        LocalKafka started = settings.fixedPorts()
                ? LocalKafka.start(KAFKA_PARTITIONS, logDirectory, KAFKA_PORT, KAFKA_CONTROLLER_PORT, secrets.kafkaCredentials())
                : LocalKafka.start(KAFKA_PARTITIONS, logDirectory, 0, 0, secrets.kafkaCredentials());
        kafkaServers = started.bootstrapServers();
        try {
            giveServicesKafkaUsers();
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    /** The three nodes, with the services' users, topics (replicated three times) and ACLs in place. */
    private void startKafkaCluster() {
        kafkaCluster = LocalKafkaCluster.start(KAFKA_PARTITIONS, work.resolve("kafka"), work.resolve("logs"),
                secrets.kafkaCredentials());
        kafkaServers = kafkaCluster.bootstrapServers();
        giveServicesKafkaUsers();
    }

    /** Each service's own Kafka user and rights (KafkaGrants), passwords from this run's secrets. */
    private void giveServicesKafkaUsers() {
        Map<String, String> passwords = new java.util.HashMap<>();
        KafkaGrants.SERVICES.forEach(grant -> passwords.put(grant.user(), secrets.kafkaPassword(grant.user())));
        KafkaUsers.provision(kafkaAdminProperties(), KAFKA_PARTITIONS,
                settings.cluster() ? LocalKafkaCluster.REPLICATION_FACTOR : 1, passwords);
    }

    private Duration readyTimeout() {
        return settings.cluster() ? CLUSTER_READY_TIMEOUT : READY_TIMEOUT;
    }

    /** Every service process: the first replicas, then the cluster mode's second ones. */
    private List<ServiceProcess> allProcesses() {
        List<ServiceProcess> all = new ArrayList<>(services.values());
        all.addAll(secondReplicas.values());
        return all;
    }

    /**
     * Client settings to read or write Kafka as its super user, for tests and the benchmark to look
     * inside; no service logs in as it.
     */
    public Map<String, Object> kafkaAdminProperties() {
        return LocalKafka.clientProperties(kafkaServers, LocalKafka.ADMIN, secrets.kafkaPassword(LocalKafka.ADMIN));
    }

    /**
     * Stops what a killed run left on this directory, then empties what is not kept. The logs of
     * the previous start are kept apart, so a restart does not bury what ended it.
     */
    private void prepareWorkDirectory() {
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + work, e);
        }
        recorded.stopLeftovers(settings.console());
        directoryOwned = true;
        LeftoverPostgres.stop(work.resolve("postgres"), settings.console());
        Path logs = work.resolve("logs");
        if (settings.storage() == Storage.KEPT) {
            Directories.delete(work.resolve("logs-previous"));
            if (Files.isDirectory(logs)) {
                move(logs, work.resolve("logs-previous"));
            }
        } else {
            for (String owned : List.of("postgres", "kafka", "logs", "logs-previous")) {
                Directories.delete(work.resolve(owned));
            }
            seedMarker.clear();
        }
    }

    /**
     * A free port for the console; with kept data the one of the previous start when it is free,
     * since the identity provider registered the console's address on its first start.
     */
    private int consolePort() {
        Path file = work.resolve(CONSOLE_PORT_FILE);
        try {
            if (settings.storage() != Storage.THROWAWAY && Files.exists(file)) {
                int kept = Integer.parseInt(Files.readString(file).strip());
                if (!Ports.taken(kept)) {
                    return kept;
                }
            }
            return Ports.free();
        } catch (IOException | NumberFormatException e) {
            return Ports.free();
        }
    }

    /** Kept in the work directory, for the next start and for ./token.sh. */
    private void rememberConsolePort(int port) {
        try {
            Files.writeString(work.resolve(CONSOLE_PORT_FILE), Integer.toString(port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + work.resolve(CONSOLE_PORT_FILE), e);
        }
    }

    /**
     * Where the console of the run kept in {@code workDirectory} receives its sign-in: its last
     * port, or the local run's when it never ran there.
     */
    public static String consoleRedirectUriIn(Path workDirectory) {
        Path file = workDirectory.resolve(CONSOLE_PORT_FILE);
        try {
            String port = Files.exists(file) ? Files.readString(file).strip() : Integer.toString(CONSOLE_PORT);
            return consoleRedirectUri("http://127.0.0.1:" + Integer.parseInt(port));
        } catch (IOException | NumberFormatException e) {
            return consoleRedirectUri("http://127.0.0.1:" + CONSOLE_PORT);
        }
    }

    private ServiceProcess withArguments(ServiceProcess process, int replica) {
        Service service = process.service();
        String issuer = services.get(Service.IDENTITY).baseUrl();
        if (service == Service.CONSOLE) {
            return consoleWithArguments(process, issuer);
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl(service.database()),
                "--spring.datasource.username=" + service.database(),
                "--spring.kafka.bootstrap-servers=" + kafkaServers,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer));
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put("SPRING_DATASOURCE_PASSWORD", secrets.databasePassword(service.database()));
        KafkaGrants.of(service).ifPresent(grant -> {
            // Every Kafka client of the service (binder, outbox, admin, ops reader) builds on spring.kafka.*.
            arguments.add("--spring.kafka.security.protocol=SASL_PLAINTEXT");
            arguments.add("--spring.kafka.properties.sasl.mechanism=" + LocalKafka.SCRAM_MECHANISM);
            // KafkaUsers created every topic up front, and the service may not create one. Left on,
            // the binder opens an admin client for each binding only to describe its topic: about a
            // dozen more logins for the orchestrator's start (docs/performance.md, "Kafka logins at
            // start"). A missing topic fails its binding as before: the binder logs it and tries the
            // binding again every 30 s.
            arguments.add("--spring.cloud.stream.kafka.binder.auto-create-topics=false");
            if (settings.cluster()) {
                // Topics the binder would create get three replicas; every write waits for the in-sync ones.
                arguments.add("--spring.cloud.stream.kafka.binder.replication-factor=" + LocalKafkaCluster.REPLICATION_FACTOR);
                arguments.add("--spring.cloud.stream.kafka.binder.required-acks=all");
                arguments.add("--spring.kafka.producer.acks=all");
            }
            environment.put("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                    LocalKafka.scramLogin(grant.user(), secrets.kafkaPassword(grant.user())));
        });
        if (service == Service.IDENTITY) {
            arguments.add("--lienthong.identity.issuer=" + issuer);
            arguments.add("--lienthong.identity.console-redirect-uri=" + consoleRedirectUri());
            environment.put("LIENTHONG_DEMO_PASSWORD", secrets.demoPassword());
            environment.put("NATIONAL_PORTAL_CLIENT_SECRET", secrets.clientSecret("national-portal"));
            environment.put("ORCHESTRATOR_SERVICE_CLIENT_SECRET", secrets.clientSecret("orchestrator-service"));
            environment.put("METRICS_SCRAPER_CLIENT_SECRET", secrets.clientSecret("metrics-scraper"));
            environment.put("CONSOLE_CLIENT_SECRET", secrets.clientSecret("console"));
        }
        if (seedLoaded) {
            arguments.add("--lienthong.seed.directory=" + settings.seedDirectory().toAbsolutePath());
        }
        if (service == Service.ORCHESTRATOR) {
            // Each orchestrator replica calls the population database's replica of the same number.
            ServiceProcess population = replica == 2 ? secondReplicas.get(Service.ID_NUMBER) : services.get(Service.ID_NUMBER);
            arguments.add("--lienthong.procedure.population-database-url=" + population.baseUrl());
            arguments.add("--lienthong.service-client.token-uri=" + issuer + "/oauth2/token");
            environment.put("LIENTHONG_SERVICECLIENT_CLIENTSECRET", secrets.clientSecret("orchestrator-service"));
        }
        arguments.addAll(settings.arguments().getOrDefault(service, List.of()));
        return new ServiceProcess(service, jar(service), process.port(), jvmOptions(service), arguments, environment,
                process.log());
    }

    /**
     * The console signs people in at the identity provider and calls the orchestrator with their
     * tokens: it needs both addresses and its client secret, and no database.
     */
    private ServiceProcess consoleWithArguments(ServiceProcess process, String issuer) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.security.oauth2.client.provider.lienthong.issuer-uri=" + issuer,
                "--lienthong.console.orchestrator-url=" + services.get(Service.ORCHESTRATOR).baseUrl()));
        arguments.addAll(settings.arguments().getOrDefault(Service.CONSOLE, List.of()));
        Map<String, String> environment = Map.of("CONSOLE_CLIENT_SECRET", secrets.clientSecret("console"));
        return new ServiceProcess(Service.CONSOLE, jar(Service.CONSOLE), process.port(), jvmOptions(Service.CONSOLE), arguments,
                environment, process.log());
    }

    /** What the supervisor does to this system. */
    private final class SupervisedRestarts implements Supervisor.Restarts {

        @Override
        public void restart(ServiceProcess process) {
            synchronized (LocalSystem.this) {
                if (closed) {
                    return;
                }
                process.start();
                recorded.record(allProcesses());
            }
        }

        @Override
        public void awaitReady(ServiceProcess process) {
            process.awaitReady(readyTimeout());
        }

        @Override
        public void giveUp(String reason) {
            settings.console().accept(reason);
            // Not on the supervisor's thread, which the stop ends.
            Thread stopping = new Thread(() -> {
                close();
                stopped.complete(reason);
            }, "stop-after-failure");
            stopping.start();
        }
    }

    public ServiceProcess service(Service service) {
        return services.get(service);
    }

    /** Kills a service outright, then starts it again and waits until it is ready. */
    public void crashAndRestart(Service service) {
        ServiceProcess process = services.get(service);
        process.kill();
        restart(process);
    }

    /** Starts a killed service process again and waits until it is ready. */
    public void restart(ServiceProcess process) {
        synchronized (this) {
            process.start();
            recorded.record(allProcesses());
        }
        process.awaitReady(readyTimeout());
    }

    /** A replica of a service: 1, or 2 for the cluster mode's second replicas. */
    public ServiceProcess replica(Service service, int replica) {
        ServiceProcess process = replica == 1 ? services.get(service) : replica == 2 ? secondReplicas.get(service) : null;
        if (process == null) {
            throw new IllegalArgumentException("no replica " + replica + " of " + service);
        }
        return process;
    }

    /** Every service process of this system, second replicas included. */
    public List<ServiceProcess> serviceProcesses() {
        return allProcesses();
    }

    /** The three Kafka nodes of the cluster mode. */
    public Optional<LocalKafkaCluster> kafkaCluster() {
        return Optional.ofNullable(kafkaCluster);
    }

    /**
     * Completes when the supervisor stopped the system because a service kept exiting, with the
     * reason; never completes otherwise.
     */
    public CompletableFuture<String> stoppedOnFailure() {
        return stopped;
    }

    /** Whether this start loaded the seed files (false when the kept databases already hold them). */
    public boolean seedLoaded() {
        return seedLoaded;
    }

    public String url(Service service) {
        return services.get(service).baseUrl();
    }

    public String kafkaBootstrapServers() {
        return kafkaServers;
    }

    public int postgresPort() {
        return postgresPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    /** The passwords and client secrets of this run. */
    public LocalSecrets secrets() {
        return secrets;
    }

    /** Tokens from this run's identity provider, as its clients and demo staff get them. */
    public IdentityClient identity() {
        return new IdentityClient(url(Service.IDENTITY), consoleRedirectUri(), secrets);
    }

    /** The services this system runs. */
    public List<Service> services() {
        return settings.services();
    }

    /** The orchestrator's API as the national portal calls it, with the portal's token. */
    public PortalConsole portal() {
        return new PortalConsole(url(Service.ORCHESTRATOR),
                identity().client("national-portal", "dossiers.submit dossiers.read"));
    }

    /** A service's API as a demo staff member calls it, signed in on the identity provider. */
    public PortalConsole staff(Service service, String username) {
        return new PortalConsole(url(service), identity().staff(username));
    }

    /** A service's API as another service calls it (the orchestrator's client token). */
    public PortalConsole asService(Service service) {
        return new PortalConsole(url(service), identity().client("orchestrator-service", "population.assign population.read"));
    }

    /** A service's actuator as the metrics scraper reads it. */
    public PortalConsole metrics(Service service) {
        return new PortalConsole(url(service), identity().client("metrics-scraper", "metrics.read"));
    }

    /**
     * Where the console receives its sign-in: at the console's port, or where it would listen in
     * the local run when this system runs without it.
     */
    public String consoleRedirectUri() {
        ServiceProcess console = services.get(Service.CONSOLE);
        return consoleRedirectUri(console == null ? "http://127.0.0.1:" + CONSOLE_PORT : console.baseUrl());
    }

    /** The console's sign-in address when it is reached at {@code consoleUrl}. */
    public static String consoleRedirectUri(String consoleUrl) {
        return consoleUrl + "/login/oauth2/code/lienthong";
    }

    /** The server's superuser: for tests and the benchmark to look inside; no service logs in as it. */
    public String databaseUser() {
        return "postgres";
    }

    public Path workDirectory() {
        return work;
    }

    /** The process running Kafka and PostgreSQL, when they run in one of their own. */
    public Optional<InfrastructureProcess> infrastructureProcess() {
        return Optional.ofNullable(infrastructure);
    }

    /**
     * Stops the services (each asked to shut down, all at once, and waited for), then Kafka, then
     * PostgreSQL, each waited for; then removes throw-away data. Safe to call more than once, and
     * from another thread while {@link #start()} runs: the start gives up, then this stops what
     * it had started.
     */
    @Override
    public void close() {
        stopRequested = true;
        synchronized (this) {
            stopAll();
        }
    }

    private void stopAll() {
        if (closed) {
            return;
        }
        closed = true;
        if (supervisor != null) {
            supervisor.stop();
        }
        if (trainingRun != null) {
            trainingRun.kill(); // its archive is discarded: the next start trains again
        }
        long start = System.nanoTime();
        allProcesses().forEach(ServiceProcess::requestStop);
        allProcesses().forEach(ServiceProcess::awaitStop);
        if (directoryOwned) {
            recorded.clear();
        }
        say("Các dịch vụ", "services", start);
        if (kafka != null || kafkaCluster != null) {
            start = System.nanoTime();
            if (kafka != null) {
                kafka.close();
            }
            if (kafkaCluster != null) {
                kafkaCluster.close();
            }
            say("Kafka", "Kafka", start);
        }
        if (postgres != null) {
            start = System.nanoTime();
            postgres.close();
            say("PostgreSQL", "PostgreSQL", start);
        }
        if (infrastructure != null) {
            infrastructure.stop();
        }
        if (settings.storage() == Storage.THROWAWAY && directoryOwned) {
            Directories.delete(work.resolve("kafka"));
            Directories.delete(work.resolve("postgres"));
        }
    }

    private void say(String vietnamese, String english, long startNanos) {
        settings.console().accept(String.format("  %s đã dừng / %s stopped (%.1f s)", vietnamese, english,
                (System.nanoTime() - startNanos) / 1e9));
    }

    private void requireFree(int... ports) {
        for (int port : ports) {
            if (Ports.taken(port)) {
                throw new IllegalStateException("Cổng " + port + " đang bận: một chương trình khác đang dùng nó / port "
                        + port + " is taken by another program; stop it, or start with --free-ports");
            }
        }
    }

    private void requireFree(Service... all) {
        requireFree(Stream.of(all).mapToInt(Service::localPort).toArray());
    }

    /**
     * The jar {@code service} runs from. A warm-started run (the local run, which lives for hours
     * beside a developer's builds) runs a copy of the built jar kept in its work directory, made
     * when the build changed: a build while it runs (another terminal's {@code ./mvnw package},
     * {@code ./bench.sh --running}) writes the jars in {@code target/}, and a JVM whose jar is
     * written under it fails with {@code NoClassDefFoundError}. A warm start runs from its own
     * extraction anyway; the copy is what a cold start and the training run read.
     */
    private Path jar(Service service) {
        return jars.computeIfAbsent(service, key -> settings.warmStart()
                ? RunJars.copy(builtJar(key), work.resolve("jars"))
                : builtJar(key));
    }

    /** Where a service's warm start is kept: {@code warm-start/} beside its built jar, in its module's {@code target/}. */
    public static Path warmStartDirectory(Path repositoryRoot, Service service) {
        return buildDirectory(repositoryRoot, service).resolve(WarmStart.DIRECTORY);
    }

    /** The class-data archive (on JDK 25 and later, the ahead-of-time cache) a service's warm start maps on this JDK. */
    public static Path warmStartArchive(Path repositoryRoot, Service service) {
        return warmStartDirectory(repositoryRoot, service).resolve(WarmStart.archiveName(WarmStart.aotCacheOnThisJdk()));
    }

    private static Path buildDirectory(Path repositoryRoot, Service service) {
        return repositoryRoot.resolve(service.moduleName()).resolve("target");
    }

    private Path builtJar(Service service) {
        Path target = buildDirectory(settings.repositoryRoot(), service);
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(service.moduleName() + "-") && name.endsWith(".jar")
                                && !name.endsWith("-tests.jar") && !name.endsWith("-sources.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in " + target + "; build with ./mvnw package"));
        } catch (IOException e) {
            throw new IllegalStateException("no build of " + service.moduleName() + " in " + target
                    + "; build with ./mvnw package", e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }
}
