package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.deploy.local.LocalPostgres;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.orchestrator.adapter.out.persistence.ChainOpsAuditMigration;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcDossiersInFlight;

/**
 * Intake's count of the dossiers in flight, on real PostgreSQL: it counts the dossiers received or
 * in progress, and it marks the index entries of the versions their updates replaced as it passes
 * them, so that the counts after it (every 250 ms) read the dossiers in flight and not every
 * version since the last vacuum. That holds however the session's planner is set; a bitmap scan,
 * which the planner picked for the count under load, marks nothing.
 */
class DossiersInFlightCountIT {

    private static final LocalPostgres POSTGRES = SharedInfrastructure.postgres();
    private static final String IN_FLIGHT = "status in ('RECEIVED', 'IN_PROGRESS')";

    private final String database = "in_flight_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final JdbcClient superuser = JdbcClient.create(dataSource("postgres"));

    @BeforeEach
    void aMigratedDatabase() {
        superuser.sql("create database " + database).update();
        Flyway.configure().dataSource(dataSource(database))
                .locations("classpath:db/migration", "classpath:db/messaging")
                .javaMigrations(new ChainOpsAuditMigration()).load().migrate();
    }

    @AfterEach
    void dropIt() {
        superuser.sql("drop database if exists " + database + " with (force)").update();
    }

    @Test
    void theCountIsOfTheDossiersInFlightAndLeavesTheVersionsTheirUpdatesReplacedMarkedForTheNextCounts() {
        var connection = new SingleConnectionDataSource(POSTGRES.jdbcUrl(database), POSTGRES.username(), "", true);
        try {
            JdbcClient jdbc = JdbcClient.create(connection);
            for (String status : new String[] {"RECEIVED", "IN_PROGRESS", "IN_PROGRESS", "ACTION_REQUIRED", "COMPLETED",
                    "COMPLETED"}) {
                insertDossier(jdbc, status);
            }
            for (int step = 0; step < 40; step++) {
                // A new version with a new entry in every index, as each step of a dossier in flight writes.
                jdbc.sql("update dossier set received_at = received_at + interval '1 millisecond' where " + IN_FLIGHT)
                        .update();
            }
            // As the planner chose under load: no index scan of its own.
            jdbc.sql("set enable_indexscan = off").update();
            jdbc.sql("set enable_indexonlyscan = off").update();

            long counted = new JdbcDossiersInFlight(jdbc).count();

            assertThat(counted).isEqualTo(3);
            // 40 versions replaced for each dossier in flight: of their 120 entries in the index, at most
            // the last update's are left unmarked (the versions it replaced were dead only just now).
            assertThat(entriesABitmapScanReads(jdbc)).as("index entries read by a count after it")
                    .isLessThanOrEqualTo(2 * 3);
        } finally {
            connection.destroy();
        }
    }

    /** The rows the bitmap index scan of the count returns: one for each index entry not marked. */
    private static double entriesABitmapScanReads(JdbcClient jdbc) {
        String plan = jdbc.sql("explain (analyze, format json) select count(*) from dossier where " + IN_FLIGHT)
                .query(String.class).single();
        JsonNode bitmap = JsonMapper.builder().build().readTree(plan).findParents("Node Type").stream()
                .filter(node -> node.get("Node Type").asString().equals("Bitmap Index Scan"))
                .findFirst().orElseThrow(() -> new AssertionError("no bitmap index scan in " + plan));
        return bitmap.get("Actual Rows").asDouble();
    }

    private static void insertDossier(JdbcClient jdbc, String status) {
        String code = "G22.99-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into dossier (id, procedure, portal_dossier_code, content_hash, form, status,
                            registration_commune_code, child_full_name, results, received_at, updated_at,
                            statutory_due_date, version, submitted_by)
                        values (?, 'BIRTH', ?, 'hash', '{}'::jsonb, ?, '25450', 'Điểu Thị Hoa', '{}'::jsonb, now(),
                            now(), current_date + 5, 1, 'national-portal')""")
                .params(UUID.randomUUID(), code, status)
                .update();
    }

    private static DataSource dataSource(String database) {
        return new DriverManagerDataSource(POSTGRES.jdbcUrl(database), POSTGRES.username(), "");
    }
}
