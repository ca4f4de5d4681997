package vn.lienthong.deploy.local;

import java.nio.file.Path;

/**
 * Runs the Kafka broker and the PostgreSQL server in a process of their own, so a benchmark can
 * measure them apart from the load it generates. Prints {@code READY kafka=<servers> postgres=<port>}
 * once both accept connections, and stops both, Kafka first, when the process is told to stop.
 * Arguments: {@code <postgres port> <data directory> <durable: true|false>}; the Kafka admin's and
 * controller's passwords in the environment ({@link #KAFKA_ADMIN_PASSWORD}, {@link #KAFKA_CONTROLLER_PASSWORD}).
 */
public final class InfrastructureMain {

    static final String KAFKA_ADMIN_PASSWORD = "LIENTHONG_KAFKA_ADMIN_PASSWORD";
    static final String KAFKA_CONTROLLER_PASSWORD = "LIENTHONG_KAFKA_CONTROLLER_PASSWORD";

    private InfrastructureMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int postgresPort = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        boolean durable = Boolean.parseBoolean(args[2]);
        LocalKafka kafka = LocalKafka.startTemporary(6, new LocalKafka.Credentials(
                System.getenv(KAFKA_ADMIN_PASSWORD), System.getenv(KAFKA_CONTROLLER_PASSWORD)));
        LocalPostgres postgres = LocalPostgres.start(postgresPort, durable, data, Service.databases());
        StopSignals.onStop(() -> {
            kafka.close();
            postgres.close();
        }, () -> { });
        System.out.println("READY kafka=" + kafka.bootstrapServers() + " postgres=" + postgres.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
