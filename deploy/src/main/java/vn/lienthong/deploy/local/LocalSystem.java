package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on this machine: one real Kafka broker and one real PostgreSQL server in this
 * JVM, and the five services as separate processes talking to them over 127.0.0.1.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /**
     * @param repositoryRoot  where the services' modules are built ({@code <module>/target/<module>-*.jar})
     * @param workDirectory   where logs and database files go; emptied at start
     * @param fixedPorts      the documented ports (services 8080–8084, PostgreSQL 5432) or free ones;
     *                        Kafka always takes a free port and is passed to the services
     * @param durable         every commit flushed to disk before it returns, as in production
     * @param seedDirectory   synthetic seed files the services load at start-up, or null
     * @param jvmOptions      options for every service's JVM; {@code {service}} becomes the module name
     * @param arguments       extra Spring arguments per service, e.g. a fault profile
     * @param infrastructureProcess Kafka and PostgreSQL in a process of their own (to measure them
     *                        apart), rather than in this JVM; needs this JVM's class path to be plain jars
     */
    public record Settings(Path repositoryRoot, Path workDirectory, boolean fixedPorts, boolean durable,
                           Path seedDirectory, List<String> jvmOptions, Map<Service, List<String>> arguments,
                           boolean infrastructureProcess) {

        public Settings(Path repositoryRoot, Path workDirectory, boolean fixedPorts, boolean durable,
                        Path seedDirectory, List<String> jvmOptions, Map<Service, List<String>> arguments) {
            this(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments, false);
        }

        public Settings withInfrastructureProcess() {
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, arguments,
                    true);
        }

        public static final List<String> SMALL_JVM = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

        public Settings withArguments(Service service, List<String> extra) {
            Map<Service, List<String>> all = new EnumMap<>(Service.class);
            all.putAll(arguments);
            List<String> merged = new ArrayList<>(all.getOrDefault(service, List.of()));
            merged.addAll(extra);
            all.put(service, merged);
            return new Settings(repositoryRoot, workDirectory, fixedPorts, durable, seedDirectory, jvmOptions, all,
                    infrastructureProcess);
        }
    }

    private final Settings settings;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private LocalKafka kafka;
    private LocalPostgres postgres;
    private InfrastructureProcess infrastructure;
    private String kafkaServers;
    private int postgresPort;

    private LocalSystem(Settings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns when every service is ready. */
    public static LocalSystem start(Settings settings) {
        var system = new LocalSystem(settings);
        try {
            system.startAll();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startAll() {
        emptyDirectory(settings.workDirectory());
        int databasePort = settings.fixedPorts() ? 5432 : freePort();
        Path data = settings.workDirectory().resolve("postgres");
        if (settings.infrastructureProcess()) {
            infrastructure = InfrastructureProcess.start(databasePort, data, settings.durable(),
                    settings.workDirectory().resolve("logs").resolve("infrastructure.log"));
            kafkaServers = infrastructure.kafkaServers();
            postgresPort = infrastructure.postgresPort();
        } else {
            kafka = LocalKafka.start(6);
            postgres = LocalPostgres.start(databasePort, settings.durable(), data, Service.databases());
            kafkaServers = kafka.bootstrapServers();
            postgresPort = postgres.port();
        }
        log.info("Kafka at {}, PostgreSQL at 127.0.0.1:{}", kafkaServers, postgresPort);
        for (Service service : Service.values()) {
            int port = settings.fixedPorts() ? service.localPort() : freePort();
            services.put(service, new ServiceProcess(service, jar(service), port, settings.jvmOptions(),
                    List.of(), settings.workDirectory().resolve("logs").resolve(service.moduleName() + ".log")));
        }
        for (Service service : Service.values()) {
            services.put(service, withArguments(services.get(service)));
        }
        services.values().forEach(ServiceProcess::start);
        CompletableFuture.allOf(services.values().stream()
                        .map(process -> CompletableFuture.runAsync(() -> process.awaitReady(READY_TIMEOUT)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    private ServiceProcess withArguments(ServiceProcess process) {
        Service service = process.service();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl(service.database()),
                "--spring.datasource.username=" + databaseUser(),
                "--spring.kafka.bootstrap-servers=" + kafkaServers));
        if (settings.seedDirectory() != null) {
            arguments.add("--lienthong.seed.directory=" + settings.seedDirectory().toAbsolutePath());
        }
        if (service == Service.ORCHESTRATOR) {
            arguments.add("--lienthong.procedure.population-database-url=" + services.get(Service.ID_NUMBER).baseUrl());
        }
        arguments.addAll(settings.arguments().getOrDefault(service, List.of()));
        List<String> jvmOptions = settings.jvmOptions().stream()
                .map(option -> option.replace("{service}", service.moduleName())).toList();
        return new ServiceProcess(service, jar(service), process.port(), jvmOptions, arguments, process.log());
    }

    public ServiceProcess service(Service service) {
        return services.get(service);
    }

    /** Kills a service outright, then starts it again and waits until it is ready. */
    public void crashAndRestart(Service service) {
        ServiceProcess process = services.get(service);
        process.kill();
        process.start();
        process.awaitReady(READY_TIMEOUT);
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

    public String databaseUser() {
        return "postgres";
    }

    /** The process running Kafka and PostgreSQL, when they run in one of their own. */
    public java.util.Optional<InfrastructureProcess> infrastructureProcess() {
        return java.util.Optional.ofNullable(infrastructure);
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (infrastructure != null) {
            infrastructure.stop();
        }
    }

    private Path jar(Service service) {
        Path target = settings.repositoryRoot().resolve(service.moduleName()).resolve("target");
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

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void emptyDirectory(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(directory)).forEach(path -> {
                        try {
                            Files.delete(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory, e);
        }
    }
}
