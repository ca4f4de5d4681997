package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka's log and PostgreSQL's data kept in a directory survive a stop and a start; a throw-away
 * log is gone once the broker has stopped; a PostgreSQL server left running by a run that was
 * killed is found and stopped.
 */
class KeptDataIT {

    @TempDir
    Path directory;

    @Test
    void aKeptKafkaLogKeepsItsClusterRecordsAndCommittedOffsets() throws Exception {
        Path log = directory.resolve("kafka");
        String clusterBefore;
        try (LocalKafka kafka = LocalKafka.start(3, log, 0, 0)) {
            clusterBefore = clusterId(kafka);
            produce(kafka, "dossier-1", "received");
            produce(kafka, "dossier-2", "completed");
            assertThat(consume(kafka, "portal", 2)).containsExactlyInAnyOrder("received", "completed");
            produce(kafka, "dossier-3", "after the commit");
        }

        // Started again on other ports: only the directory is the same.
        try (LocalKafka kafka = LocalKafka.start(3, log, 0, 0)) {
            assertThat(clusterId(kafka)).as("cluster id").isEqualTo(clusterBefore);
            assertThat(consume(kafka, "portal", 1)).as("the group goes on after its committed offset")
                    .containsExactly("after the commit");
            assertThat(consume(kafka, "another-reader", 3)).as("every record kept")
                    .containsExactlyInAnyOrder("received", "completed", "after the commit");
        }
        assertThat(Files.readString(log.resolve("meta.properties"))).contains("cluster.id=" + clusterBefore);
    }

    @Test
    void aThrowAwayKafkaLogIsRemovedOnceTheBrokerHasStopped() {
        LocalKafka kafka = LocalKafka.start(3);
        produce(kafka, "dossier-1", "received");
        Path log = kafka.logDirectory();
        assertThat(log).isDirectory();

        long start = System.nanoTime();
        kafka.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to stop").isLessThan(Duration.ofSeconds(15));
        assertThat(log).doesNotExist();
    }

    @Test
    void keptPostgresDataSurvivesAStopAndAStart() throws Exception {
        Path data = directory.resolve("postgres");
        try (LocalPostgres postgres = LocalPostgres.start(0, true, data, List.of("kept"))) {
            assertThat(postgres.createdDatabases()).containsExactly("kept");
            execute(postgres, "create table dossier (id text primary key)", "insert into dossier values ('G22.75-1')");
        }
        try (LocalPostgres postgres = LocalPostgres.start(0, true, data, List.of("kept"))) {
            assertThat(postgres.createdDatabases()).as("databases created by the second start").isEmpty();
            assertThat(dossiers(postgres)).containsExactly("G22.75-1");
        }
    }

    @Test
    void aPostgresLeftRunningByAKilledRunIsStoppedByTheNextStart() throws Exception {
        Path data = directory.resolve("postgres");
        int port = Ports.free();
        InfrastructureProcess killed = InfrastructureProcess.start(port, data, true,
                new LocalKafka.Credentials("admin-secret", "controller-secret"), directory.resolve("infrastructure.log"));
        String server = "jdbc:postgresql://127.0.0.1:" + port + "/";
        execute(server + "postgres", "create database kept");
        execute(server + "kept", "create table dossier (id text primary key)", "insert into dossier values ('G22.75-2')");
        ProcessHandle run = ProcessHandle.of(killed.pid()).orElseThrow();
        run.destroyForcibly();
        run.onExit().get();
        long leftover = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(leftover)).as("the server outlives the run that started it")
                .hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

        List<String> said = new ArrayList<>();
        LeftoverPostgres.stop(data, said::add);

        assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).as("the leftover server").isEmpty();
        assertThat(said).anySatisfy(line -> assertThat(line).contains("pid " + leftover).contains("still running"));
        try (LocalPostgres postgres = LocalPostgres.start(port, true, data, List.of("kept"))) {
            assertThat(dossiers(postgres)).containsExactly("G22.75-2");
        }
    }

    private static void execute(LocalPostgres postgres, String... statements) throws SQLException {
        execute(postgres.jdbcUrl("kept"), statements);
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> dossiers(LocalPostgres postgres) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("kept"), "postgres", "");
             var result = connection.createStatement().executeQuery("select id from dossier order by id")) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        }
        return ids;
    }

    private static String clusterId(LocalKafka kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return admin.describeCluster().clusterId().get();
        }
    }

    private static void produce(LocalKafka kafka, String key, String value) {
        var config = new Properties();
        config.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("dossier.status-changes", key, value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Reads {@code count} records as group {@code group} and commits its position. */
    private static List<String> consume(LocalKafka kafka, String group, int count) {
        var config = new Properties();
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("dossier.status-changes"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            consumer.commitSync();
        }
        return values;
    }
}
