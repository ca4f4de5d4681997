package vn.lienthong.deploy.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;

/**
 * Three Kafka nodes on this machine, each broker and controller in a process of its own
 * ({@link KafkaNodeMain}): KRaft with three voting controllers, every topic replicated three times,
 * {@code min.insync.replicas=2}, so that a write acknowledged by all in-sync replicas
 * ({@code acks=all}) survives the loss of any one node, and the cluster keeps taking writes while
 * one node is down. Logins and ACLs as on the single broker ({@link LocalKafka}).
 *
 * <p>Nodes keep their ports and log directories: a node killed outright ({@link #kill}) and started
 * again ({@link #restart}) takes its place, catches up from the others and becomes an in-sync
 * replica again ({@link #awaitFullyReplicated}).
 */
public final class LocalKafkaCluster implements AutoCloseable {

    public static final int NODES = 3;
    public static final short REPLICATION_FACTOR = 3;
    public static final int MIN_IN_SYNC_REPLICAS = 2;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    /** One node: its fixed ports and directory, and its current process. */
    private final class Node {
        final int id;
        final int port;
        final int controllerPort;
        final Path logDirectory;
        final Path log;
        Process process;

        Node(int id, int port, int controllerPort, Path directory) {
            this.id = id;
            this.port = port;
            this.controllerPort = controllerPort;
            this.logDirectory = directory.resolve("node-" + id);
            this.log = logs.resolve("kafka-" + id + ".log");
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Path directory;
    private final Path logs;
    private final LocalKafka.Credentials credentials;
    private final int partitions;
    private final String clusterId = Uuid.randomUuid().toString();
    private boolean closed;

    private LocalKafkaCluster(Path directory, Path logs, LocalKafka.Credentials credentials, int partitions) {
        this.directory = directory;
        this.logs = logs;
        this.credentials = credentials;
        this.partitions = partitions;
    }

    /** Starts the three nodes in {@code directory} (emptied first), on free ports, and waits until each has started. */
    public static LocalKafkaCluster start(int partitions, Path directory, Path logs, LocalKafka.Credentials credentials) {
        Directories.delete(directory);
        var cluster = new LocalKafkaCluster(directory, logs, credentials, partitions);
        for (int id = 1; id <= NODES; id++) {
            cluster.nodes.add(cluster.new Node(id, Ports.free(), Ports.free(), directory));
        }
        try {
            cluster.nodes.forEach(cluster::launch);
            // Each node's start waits for the quorum, which needs the others: wait for all together.
            CompletableFuture.allOf(cluster.nodes.stream()
                    .map(node -> OwnThread.run("await-kafka-" + node.id, () -> cluster.awaitStarted(node)))
                    .toArray(CompletableFuture[]::new)).join();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private String voters() {
        return nodes.stream().map(node -> node.id + "@127.0.0.1:" + node.controllerPort).collect(Collectors.joining(","));
    }

    private synchronized void launch(Node node) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(mainClass(KafkaNodeMain.class));
        command.addAll(List.of(Integer.toString(node.id), Integer.toString(node.port), Integer.toString(node.controllerPort),
                voters(), clusterId, node.logDirectory.toString(), Integer.toString(partitions)));
        try {
            Files.createDirectories(logs);
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put(InfrastructureMain.KAFKA_ADMIN_PASSWORD, credentials.adminPassword());
            builder.environment().put(InfrastructureMain.KAFKA_CONTROLLER_PASSWORD, credentials.controllerPassword());
            node.process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka node " + node.id, e);
        }
    }

    /**
     * How to run {@code main} with this JVM's classes: from its class path, or, when this JVM runs
     * from Spring Boot's executable jar (./run-local.sh), through that jar's own launcher.
     */
    private static List<String> mainClass(Class<?> main) {
        String classPath = System.getProperty("java.class.path");
        if (main.getClassLoader().getClass().getName().startsWith("org.springframework.boot.loader.")) {
            return List.of("-Dloader.main=" + main.getName(), "-cp", classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        return List.of("-cp", classPath, main.getName());
    }

    /** Copies the node's output to its log until it prints READY (then in the background), or fails. */
    private void awaitStarted(Node node) {
        Process process = node.process;
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread copy = new Thread(() -> {
            try (reader; BufferedWriter output = Files.newBufferedWriter(node.log, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.write(line);
                    output.newLine();
                    output.flush();
                    if (line.startsWith("READY ")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.complete(false);
        }, "kafka-node-" + node.id + "-log");
        copy.setDaemon(true);
        copy.start();
        try {
            if (!ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Kafka node " + node.id + " exited; see " + node.log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka node " + node.id, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka node " + node.id + " did not start; see " + node.log, e);
        }
    }

    /** Every node's address: clients find the others from any one that answers. */
    public String bootstrapServers() {
        return nodes.stream().map(node -> "127.0.0.1:" + node.port).collect(Collectors.joining(","));
    }

    /** Client settings of the super user. */
    public Map<String, Object> adminProperties() {
        return LocalKafka.clientProperties(bootstrapServers(), LocalKafka.ADMIN, credentials.adminPassword());
    }

    public List<Integer> nodeIds() {
        return nodes.stream().map(node -> node.id).toList();
    }

    /** The node's process id, to meter or kill it. */
    public long pid(int nodeId) {
        return node(nodeId).process.pid();
    }

    /** Kills the node outright (SIGKILL), as a crashed machine; its log directory stays. */
    public void kill(int nodeId) {
        Node node = node(nodeId);
        node.process.destroyForcibly();
        try {
            node.process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a killed node again on its ports and log directory, and waits until it has started. */
    public void restart(int nodeId) {
        Node node = node(nodeId);
        if (node.process.isAlive()) {
            throw new IllegalStateException("Kafka node " + nodeId + " is running");
        }
        launch(node);
        awaitStarted(node);
    }

    /**
     * Waits until every replica of every partition is in sync again (after a node came back), and
     * returns how long that took.
     */
    public Duration awaitFullyReplicated(Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        try (Admin admin = Admin.create(adminProperties())) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    var names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                    Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
                    boolean inSync = topics.values().stream().flatMap(topic -> topic.partitions().stream())
                            .allMatch(partition -> partition.isr().size() == partition.replicas().size());
                    if (inSync) {
                        return Duration.between(start, Instant.now());
                    }
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // a node is still coming back: ask again
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("partitions not fully replicated after " + timeout);
    }

    private Node node(int nodeId) {
        return nodes.stream().filter(node -> node.id == nodeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka node " + nodeId));
    }

    /** Asks every node to stop (SIGTERM), waits, then removes the log directories. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Node node : nodes) {
            if (node.process != null) {
                node.process.destroy();
            }
        }
        for (Node node : nodes) {
            if (node.process != null) {
                try {
                    if (!node.process.waitFor(30, TimeUnit.SECONDS)) {
                        node.process.destroyForcibly();
                        node.process.waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        Directories.delete(directory);
    }
}
