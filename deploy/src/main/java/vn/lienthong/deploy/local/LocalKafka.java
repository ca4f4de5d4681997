package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * One real Apache Kafka broker (KRaft mode, broker and controller in one node, no ZooKeeper) in
 * this JVM, listening on 127.0.0.1. It is Kafka's own server, the one {@code kafka-server-start.sh}
 * runs, not a fake: clients talk to it over the wire protocol.
 *
 * <p>Its log directory is either kept (formatted once, then reused with the same cluster id, so
 * topics, records and consumer offsets survive a restart) or a temporary one, removed only after
 * the broker has stopped.
 *
 * <p>Started with {@link Credentials}, clients must log in (SASL/SCRAM-SHA-512 on the client
 * listener) and may do only what ACLs allow; the super user {@code admin} is created when the log
 * is formatted, and the node itself logs in to its controller listener as {@code controller}
 * (SASL/PLAIN: the controller cannot check SCRAM, whose credentials live in the metadata it
 * serves). Without credentials, as the services' own integration tests use it, anyone may do
 * anything on a PLAINTEXT listener.
 */
public final class LocalKafka implements AutoCloseable {

    /** The super user: creates topics, users and ACLs; no service logs in as it. */
    public static final String ADMIN = "admin";
    /** The node's own user on its controller listener. */
    static final String CONTROLLER = "controller";
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CLIENT_LISTENER = "CLIENT";
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(20);

    /** The passwords of the broker's two built-in users, for a broker that checks who connects. */
    public record Credentials(String adminPassword, String controllerPassword) {

        @Override
        public String toString() {
            return "Credentials[…]";
        }
    }

    /**
     * One node of a cluster on this machine: broker and controller in one process, the three
     * controllers voting ({@code voters}: {@code 1@127.0.0.1:port,2@…}), every topic replicated
     * {@code replicationFactor} times and a write acknowledged once {@code minInSync} replicas hold it.
     * All nodes format their logs with the same {@code clusterId}.
     */
    public record ClusterNode(int nodeId, String voters, int replicationFactor, int minInSync, String clusterId) {

        static final ClusterNode SINGLE = null;
    }

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDirectory;
    private final boolean temporary;
    private final Credentials credentials;
    private boolean closed;

    private LocalKafka(KafkaRaftServer server, int port, Path logDirectory, boolean temporary, Credentials credentials) {
        this.server = server;
        this.port = port;
        this.logDirectory = logDirectory;
        this.temporary = temporary;
        this.credentials = credentials;
    }

    /** A broker on free ports with a temporary log directory, open to anyone, for the services' tests. */
    public static LocalKafka start(int partitions) {
        return startTemporary(partitions, null);
    }

    /** A broker on free ports with a temporary log directory; with {@code credentials}, logins and ACLs. */
    public static LocalKafka startTemporary(int partitions, Credentials credentials) {
        try {
            return start(partitions, Files.createTempDirectory("local-kafka-"), 0, 0, true, credentials);
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for Kafka", e);
        }
    }

    /**
     * A broker whose log stays in {@code logDirectory} and is reused by the next start. A port of 0
     * takes a free one; a fixed {@code port} keeps the bootstrap address the same across restarts.
     */
    public static LocalKafka start(int partitions, Path logDirectory, int port, int controllerPort) {
        return start(partitions, logDirectory, port, controllerPort, false, null);
    }

    /** A kept broker as {@link #start(int, Path, int, int)}, checking logins and ACLs. */
    public static LocalKafka start(int partitions, Path logDirectory, int port, int controllerPort,
                                   Credentials credentials) {
        return start(partitions, logDirectory, port, controllerPort, false, credentials);
    }

    /**
     * One node of a cluster ({@link ClusterNode}), its log kept in {@code logDirectory} and reused
     * by the next start, on fixed ports so that a restarted node takes its place again.
     */
    public static LocalKafka startNode(int partitions, Path logDirectory, int port, int controllerPort,
                                       Credentials credentials, ClusterNode node) {
        return start(partitions, logDirectory, port, controllerPort, false, credentials, node);
    }

    private static LocalKafka start(int partitions, Path logDirectory, int port, int controllerPort, boolean temporary,
                                    Credentials credentials) {
        return start(partitions, logDirectory, port, controllerPort, temporary, credentials, ClusterNode.SINGLE);
    }

    private static LocalKafka start(int partitions, Path logDirectory, int port, int controllerPort, boolean temporary,
                                    Credentials credentials, ClusterNode node) {
        int brokerPort = port == 0 ? Ports.free() : port;
        int quorumPort = controllerPort == 0 ? Ports.free() : controllerPort;
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start in " + logDirectory, e);
        }
        boolean kept = Files.exists(logDirectory.resolve("meta.properties"));
        if (!kept) {
            format(logDirectory, credentials, node);
        }
        var kafka = new LocalKafka(run(properties(partitions, logDirectory, brokerPort, quorumPort, credentials, node)),
                brokerPort, logDirectory, temporary, credentials);
        if (node != null) {
            // A cluster node's admin check needs the quorum, which needs the other nodes: not here.
            return kafka;
        }
        if (credentials != null && kept && !kafka.adminCanLogInOrStop()) {
            setAdminPassword(partitions, logDirectory, credentials.adminPassword());
            kafka = new LocalKafka(run(properties(partitions, logDirectory, brokerPort, quorumPort, credentials)),
                    brokerPort, logDirectory, temporary, credentials);
        }
        return kafka;
    }

    private static KafkaRaftServer run(Map<String, Object> properties) {
        var server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        server.startup();
        return server;
    }

    /**
     * Whether the admin's password is the one the log holds; if not, the broker is stopped. It may
     * not be: a log formatted before brokers had users, or a password that changed since (the
     * secrets file was replaced). A broker that does not answer at all is stopped too.
     */
    private boolean adminCanLogInOrStop() {
        try (Admin admin = Admin.create(adminProperties())) {
            admin.describeCluster().clusterId().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            stopServer();
            if (e.getCause() instanceof SaslAuthenticationException) {
                return false;
            }
            throw new IllegalStateException("Kafka does not answer its admin", e);
        } catch (InterruptedException e) {
            stopServer();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        } catch (TimeoutException | RuntimeException e) {
            stopServer();
            throw new IllegalStateException("Kafka does not answer its admin", e);
        }
    }

    private void stopServer() {
        server.shutdown();
        server.awaitShutdown();
    }

    /**
     * Writes the admin's password into a kept log: the broker started once on other, free ports,
     * open and without ACL checks, for the one change, then stopped. Only a super user could
     * change it otherwise, and the admin is the only one.
     */
    private static void setAdminPassword(int partitions, Path logDirectory, String password) {
        int port = Ports.free();
        KafkaRaftServer open = run(properties(partitions, logDirectory, port, Ports.free(), null));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(ADMIN,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, KafkaUsers.ITERATIONS), password)))
                    .all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not set Kafka's admin password in " + logDirectory, e);
        } finally {
            open.shutdown();
            open.awaitShutdown();
        }
    }

    private static Map<String, Object> properties(int partitions, Path logDirectory, int port, int controllerPort,
                                                  Credentials credentials) {
        return properties(partitions, logDirectory, port, controllerPort, credentials, ClusterNode.SINGLE);
    }

    private static Map<String, Object> properties(int partitions, Path logDirectory, int port, int controllerPort,
                                                  Credentials credentials, ClusterNode node) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", node == null ? "1" : Integer.toString(node.nodeId()));
        properties.put("controller.quorum.voters", node == null ? "1@127.0.0.1:" + controllerPort : node.voters());
        properties.put("listeners", CLIENT_LISTENER + "://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", CLIENT_LISTENER + "://127.0.0.1:" + port);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("inter.broker.listener.name", CLIENT_LISTENER);
        if (credentials == null) {
            properties.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
            properties.put("auto.create.topics.enable", "true");
        } else {
            secure(properties, credentials);
        }
        properties.put("log.dirs", logDirectory.toAbsolutePath().toString());
        properties.put("num.partitions", Integer.toString(partitions));
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "6");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "6");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("min.insync.replicas", "1");
        if (node != null) {
            String replicas = Integer.toString(node.replicationFactor());
            String minInSync = Integer.toString(node.minInSync());
            properties.put("default.replication.factor", replicas);
            properties.put("min.insync.replicas", minInSync);
            properties.put("offsets.topic.replication.factor", replicas);
            properties.put("transaction.state.log.replication.factor", replicas);
            properties.put("transaction.state.log.min.isr", minInSync);
            properties.put("share.coordinator.state.topic.replication.factor", replicas);
            properties.put("share.coordinator.state.topic.min.isr", minInSync);
            // A replica that died and came back rejoins the in-sync set quickly; leaders move back to it.
            properties.put("replica.lag.time.max.ms", "10000");
            properties.put("unclean.leader.election.enable", "false");
        }
        // As in production: a record is safe once acknowledged; the broker leaves flushing to the OS.
        properties.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        properties.put("log.cleaner.dedupe.buffer.size", "2097152");
        return properties;
    }

    /**
     * SASL/SCRAM-SHA-512 on the client listener (also the broker's own, as admin), SASL/PLAIN on
     * the controller listener with the one user {@code controller}; ACLs checked, nothing allowed
     * without one; topics only created on purpose, by the admin.
     */
    private static void secure(Map<String, Object> properties, Credentials credentials) {
        String client = CLIENT_LISTENER.toLowerCase(java.util.Locale.ROOT);
        String controller = CONTROLLER_LISTENER.toLowerCase(java.util.Locale.ROOT);
        properties.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT");
        properties.put("listener.name." + client + ".sasl.enabled.mechanisms", SCRAM_MECHANISM);
        properties.put("sasl.mechanism.inter.broker.protocol", SCRAM_MECHANISM);
        properties.put("listener.name." + client + ".scram-sha-512.sasl.jaas.config",
                scramLogin(ADMIN, credentials.adminPassword()));
        properties.put("listener.name." + controller + ".sasl.enabled.mechanisms", "PLAIN");
        properties.put("sasl.mechanism.controller.protocol", "PLAIN");
        properties.put("listener.name." + controller + ".plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + CONTROLLER
                        + "\" password=\"" + credentials.controllerPassword() + "\" user_" + CONTROLLER + "=\""
                        + credentials.controllerPassword() + "\";");
        properties.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        properties.put("allow.everyone.if.no.acl.found", "false");
        properties.put("super.users", "User:" + ADMIN + ";User:" + CONTROLLER);
        properties.put("auto.create.topics.enable", "false");
    }

    /** Writes meta.properties (node id, a new cluster id) and the bootstrap metadata, with the admin user, once. */
    private static void format(Path logDirectory, Credentials credentials, ClusterNode node) {
        try (var quiet = new PrintStream(PrintStream.nullOutputStream())) {
            var formatter = new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(node == null ? 1 : node.nodeId())
                    .setClusterId(node == null ? Uuid.randomUuid().toString() : node.clusterId())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDirectory.toAbsolutePath().toString())
                    .setDirectories(List.of(logDirectory.toAbsolutePath().toString()));
            if (credentials != null) {
                // As kafka-storage.sh format --add-scram: the admin exists before anyone can connect.
                formatter.setScramArguments(List.of(SCRAM_MECHANISM + "=[name=" + ADMIN + ",iterations="
                        + KafkaUsers.ITERATIONS + ",password=" + credentials.adminPassword() + "]"));
            }
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka's log directory " + logDirectory, e);
        }
    }

    /** Bootstrap servers, for example {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Whether clients must log in, and may do only what ACLs allow. */
    public boolean secured() {
        return credentials != null;
    }

    /** Client settings to connect as the super user (just the address on an open broker). */
    public Map<String, Object> adminProperties() {
        return credentials == null
                ? Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers())
                : clientProperties(bootstrapServers(), ADMIN, credentials.adminPassword());
    }

    /** Client settings to connect to {@code bootstrapServers} as {@code user}, with SASL/SCRAM-SHA-512. */
    public static Map<String, Object> clientProperties(String bootstrapServers, String user, String password) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                "sasl.mechanism", SCRAM_MECHANISM,
                "sasl.jaas.config", scramLogin(user, password));
    }

    /** The JAAS line a client logs in with: {@code spring.kafka.properties.sasl.jaas.config}. */
    public static String scramLogin(String user, String password) {
        if (!user.matches("[a-z-]+") || !password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a Kafka user or password with characters JAAS would need quoted");
        }
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    public Path logDirectory() {
        return logDirectory;
    }

    /** Stops the broker and waits until it has; only then removes a temporary log directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopServer();
        if (temporary) {
            Directories.delete(logDirectory);
        }
    }
}
