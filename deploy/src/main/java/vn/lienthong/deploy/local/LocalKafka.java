package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;
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
 */
public final class LocalKafka implements AutoCloseable {

    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDirectory;
    private final boolean temporary;
    private boolean closed;

    private LocalKafka(KafkaRaftServer server, int port, Path logDirectory, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDirectory = logDirectory;
        this.temporary = temporary;
    }

    /** A broker on free ports with a temporary log directory, for tests. */
    public static LocalKafka start(int partitions) {
        try {
            return start(partitions, Files.createTempDirectory("local-kafka-"), 0, 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for Kafka", e);
        }
    }

    /**
     * A broker whose log stays in {@code logDirectory} and is reused by the next start. A port of 0
     * takes a free one; a fixed {@code port} keeps the bootstrap address the same across restarts.
     */
    public static LocalKafka start(int partitions, Path logDirectory, int port, int controllerPort) {
        return start(partitions, logDirectory, port, controllerPort, false);
    }

    private static LocalKafka start(int partitions, Path logDirectory, int port, int controllerPort, boolean temporary) {
        int brokerPort = port == 0 ? Ports.free() : port;
        int quorumPort = controllerPort == 0 ? Ports.free() : controllerPort;
        KafkaConfig config = new KafkaConfig(properties(partitions, logDirectory, brokerPort, quorumPort), false);
        try {
            Files.createDirectories(logDirectory);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(config, logDirectory);
            }
            var server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return new LocalKafka(server, brokerPort, logDirectory, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start in " + logDirectory, e);
        }
    }

    private static Map<String, Object> properties(int partitions, Path logDirectory, int port, int controllerPort) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("log.dirs", logDirectory.toAbsolutePath().toString());
        properties.put("auto.create.topics.enable", "true");
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
        // As in production: a record is safe once acknowledged; the broker leaves flushing to the OS.
        properties.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        properties.put("log.cleaner.dedupe.buffer.size", "2097152");
        return properties;
    }

    /** Writes meta.properties (node id, a new cluster id) and the bootstrap metadata, once. */
    private static void format(KafkaConfig config, Path logDirectory) {
        try (var quiet = new PrintStream(PrintStream.nullOutputStream())) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDirectory.toAbsolutePath().toString())
                    .setDirectories(List.of(logDirectory.toAbsolutePath().toString()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka's log directory " + logDirectory, e);
        }
    }

    /** Bootstrap servers, for example {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
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
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            Directories.delete(logDirectory);
        }
    }
}
