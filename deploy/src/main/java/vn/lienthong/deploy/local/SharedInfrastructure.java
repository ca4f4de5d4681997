package vn.lienthong.deploy.local;

import java.util.List;

/**
 * One Kafka broker and one PostgreSQL server per JVM, started on first use and stopped when the
 * JVM exits. Integration tests of every service use it, so a test class never starts its own.
 * The broker is open (PLAINTEXT, no logins, no ACLs): what these tests check is a service's own
 * behaviour; the local run, the system tests and the benchmark use a broker where each service has
 * its own user ({@link KafkaUsers}).
 */
public final class SharedInfrastructure {

    /** The database of every service; each service owns exactly one. */
    public static final List<String> DATABASES =
            List.of("id_number", "civil_registry", "residence", "health_insurance", "orchestrator", "messaging_test");

    private static LocalKafka kafka;
    private static LocalPostgres postgres;

    private SharedInfrastructure() {
    }

    public static synchronized LocalKafka kafka() {
        if (kafka == null) {
            kafka = LocalKafka.start(3);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-kafka"));
        }
        return kafka;
    }

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            postgres = LocalPostgres.start(0, false, null, DATABASES);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgres"));
        }
        return postgres;
    }
}
