package vn.lienthong.orchestrator.adapter;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.test.context.DynamicPropertyRegistry;

import vn.lienthong.deploy.local.SharedInfrastructure;

/**
 * An orchestrator on a database of its own, new and empty, on the shared PostgreSQL and Kafka: what
 * other test classes left in flight is not in it.
 */
final class OwnDatabase {

    private OwnDatabase() {
    }

    /** Creates {@code database} anew and points the context's data source (and Kafka) at it. */
    static void use(String database, DynamicPropertyRegistry registry) throws SQLException {
        var postgres = SharedInfrastructure.postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), "");
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl(database));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    }
}
