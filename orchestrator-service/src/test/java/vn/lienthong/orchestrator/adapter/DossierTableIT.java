package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.deploy.local.LocalPostgres;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.orchestrator.adapter.out.persistence.ChainOpsAuditMigration;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcDossiers;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcDossiersInFlight;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.fixtures.DossierForms;

/**
 * How the dossier table holds up under the writes of the saga, on real PostgreSQL.
 *
 * <p>Intake's count of the dossiers in flight counts the dossiers received or in progress, and it
 * marks the index entries of the versions their updates replaced as it passes them, so that the
 * counts after it (every 250 ms) read the dossiers in flight and not every version since the last
 * vacuum. That holds however the session's planner is set; a bitmap scan, which the planner picked
 * for the count under load, marks nothing.
 *
 * <p>A step that writes only its result into the dossier adds no entry to any of its indexes (a
 * heap-only update), while a change of status still reaches the indexes that hold it; the dossiers
 * whose ID number awaits verification are still found by their flag. The upgrade that made it so
 * rewrites the table, and leaves room on the pages of the dossiers stored before it.
 *
 * <p>The saga's transactions (a claim of due attempts, which the claimers make every 100 ms or so,
 * and a batch of replies) plan their statements once for the session, not again for each call's
 * own ids, time and limit; the claim's plan reads the index of due steps.
 */
class DossierTableIT {

    private static final LocalPostgres POSTGRES = SharedInfrastructure.postgres();
    private static final String IN_FLIGHT = "status in ('RECEIVED', 'IN_PROGRESS')";

    private final String database = "dossier_table_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final JdbcClient superuser = JdbcClient.create(dataSource("postgres"));

    @BeforeEach
    void aMigratedDatabase() {
        superuser.sql("create database " + database).update();
        migrate(MigrationVersion.LATEST);
    }

    private void migrate(MigrationVersion target) {
        Flyway.configure().dataSource(dataSource(database))
                .locations("classpath:db/migration", "classpath:db/messaging")
                .javaMigrations(new ChainOpsAuditMigration()).target(target).load().migrate();
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

    @Test
    void updatesOfTheStepResultsAloneWriteNoIndexEntryAndAStatusChangeStillDoes() {
        var connection = new SingleConnectionDataSource(POSTGRES.jdbcUrl(database), POSTGRES.username(), "", true);
        try {
            JdbcClient jdbc = JdbcClient.create(connection);
            // A form of the size the portal sends, so that rows fill pages as in service.
            String form = "{\"note\": \"" + "Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh. ".repeat(25) + "\"}";
            List<UUID> dossiers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                dossiers.add(insertDossier(jdbc, "IN_PROGRESS", form));
            }
            long hotBefore = heapOnlyUpdates(jdbc);
            long updatesBefore = updates(jdbc);
            String[] steps = {"idNumber", "birthRegistration", "residence", "healthInsurance"};
            for (String step : steps) {
                for (UUID id : dossiers) {
                    // One transaction a step, as the saga writes them: the versions replaced before are dead.
                    jdbc.sql("""
                                    update dossier set results = results || jsonb_build_object(cast(? as text),
                                        jsonb_build_object('status', 'DONE', 'reference', cast(? as text))),
                                        updated_at = now(), version = version + 1
                                    where id = ?""")
                            .params(step, "REF-" + UUID.randomUUID(), id)
                            .update();
                }
            }
            long resultUpdates = updates(jdbc) - updatesBefore;
            long resultHot = heapOnlyUpdates(jdbc) - hotBefore;

            assertThat(resultUpdates).isEqualTo(steps.length * dossiers.size());
            assertThat(resultHot).as("updates of the results alone that wrote no index entry, of %d", resultUpdates)
                    .isGreaterThanOrEqualTo(resultUpdates * 9 / 10);

            long hotBeforeStatus = heapOnlyUpdates(jdbc);
            for (UUID id : dossiers) {
                jdbc.sql("update dossier set status = 'COMPLETED', updated_at = now() where id = ?").param(id).update();
            }
            assertThat(heapOnlyUpdates(jdbc) - hotBeforeStatus).as("status changes that wrote no index entry")
                    .isZero();
            assertThat(jdbc.sql("select count(*) from dossier where status = 'COMPLETED'").query(Long.class).single())
                    .isEqualTo(dossiers.size());

            UUID pending = dossiers.get(7);
            markIdNumberVerification(jdbc, pending, "PENDING");
            var dossierStore = new JdbcDossiers(jdbc, JsonMapper.builder().build());
            assertThat(dossierStore.withIdNumberAwaitingVerification(10)).extracting(DossierId::value)
                    .containsExactly(pending);
            markIdNumberVerification(jdbc, pending, "VERIFIED");
            assertThat(dossierStore.withIdNumberAwaitingVerification(10)).isEmpty();
        } finally {
            connection.destroy();
        }
    }

    @Test
    void dossiersStoredBeforeTheUpgradeAreLeftRoomOnTheirPagesByItsRewrite() {
        superuser.sql("drop database " + database + " with (force)").update();
        superuser.sql("create database " + database).update();
        migrate(MigrationVersion.fromVersion("26"));
        var connection = new SingleConnectionDataSource(POSTGRES.jdbcUrl(database), POSTGRES.username(), "", true);
        try {
            JdbcClient jdbc = JdbcClient.create(connection);
            String form = "{\"note\": \"" + "Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh. ".repeat(25) + "\"}";
            for (int i = 0; i < 60; i++) {
                insertDossier(jdbc, "COMPLETED", form);
            }
            migrate(MigrationVersion.LATEST);

            // The bytes of the rows on the fullest page: at most 80 % of a page of 8 kB.
            Long fullest = jdbc.sql("""
                            select max(bytes) from (
                                select sum(pg_column_size(d.*)) as bytes from dossier d
                                group by (ctid::text::point)[0]) pages""")
                    .query(Long.class).single();
            assertThat(fullest).as("bytes of rows on the fullest page").isLessThanOrEqualTo(8192 * 80 / 100);
            assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(60);
        } finally {
            connection.destroy();
        }
    }

    @Test
    void theSagasTransactionsPlanTheirStatementsOnceForTheSessionAndTheClaimTakesTheStepsDueFirst() {
        var connection = new SingleConnectionDataSource(POSTGRES.jdbcUrl(database), POSTGRES.username(), "", true);
        try {
            JdbcClient jdbc = JdbcClient.create(connection);
            // A busy province: many attempts due, many not yet, and the steps of the dossiers done.
            Instant now = Instant.now();
            String form = JsonMapper.builder().build().writeValueAsString(DossierForms.aTypicalDossier().build());
            List<UUID> dueInOrder = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                UUID id = insertDossier(jdbc, i % 3 == 0 ? "COMPLETED" : "IN_PROGRESS", form);
                String status = i % 3 == 0 ? "COMPLETED" : i % 3 == 1 ? "SCHEDULED" : "WAITING_RETRY";
                // The scheduled ones are due, oldest first; those waiting to retry are due later.
                Instant dueAt = status.equals("SCHEDULED") ? now.minusSeconds(1_000 - i) : now.plusSeconds(60 + i);
                insertStep(jdbc, id, "ID_NUMBER", status, status.equals("COMPLETED") ? null : dueAt);
                insertStep(jdbc, id, "BIRTH_REGISTRATION", "NOT_STARTED", null);
                if (status.equals("SCHEDULED")) {
                    dueInOrder.add(id);
                }
            }
            jdbc.sql("analyze").update();
            var dossiers = new JdbcDossiers(jdbc, JsonMapper.builder().build());
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(connection));

            List<List<UUID>> claims = new ArrayList<>();
            for (int call = 0; call < 20; call++) {
                claims.add(transactions.execute(status -> dossiers.dueAttempts(Step.ID_NUMBER, now, 16).stream()
                        .map(DossierId::value).toList()));
            }

            // A batch of replies for one or two dossiers, as below saturation.
            for (int batch = 0; batch < 20; batch++) {
                List<DossierId> replied = dueInOrder.subList(batch, batch + 1 + batch % 2).stream()
                        .map(DossierId::new).toList();
                var read = transactions.execute(status -> {
                    dossiers.lockAll(replied);
                    return replied.stream().map(id -> dossiers.lock(id).orElseThrow().id()).toList();
                });
                assertThat(read).as("the batch's dossiers, read").isEqualTo(replied);
            }

            assertThat(claims).as("the 16 attempts due first, at every call").allSatisfy(claim ->
                    assertThat(claim).containsExactlyElementsOf(dueInOrder.subList(0, 16)));
            // The driver prepares a statement on the server from its fifth use on a connection.
            for (String statement : List.of("%for update of d skip locked%", "select id from dossier where id = any%",
                    "%from dossier d join dossier_step s on s.dossier_id = d.id where d.id = any%")) {
                var plans = jdbc.sql("""
                                select generic_plans, custom_plans from pg_prepared_statements
                                where regexp_replace(statement, '\\s+', ' ', 'g') like ?""")
                        .param(statement)
                        .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).single();
                assertThat(plans[1]).as("calls planned for their own values: %s", statement).isZero();
                assertThat(plans[0]).as("calls that ran the plan made once: %s", statement).isGreaterThanOrEqualTo(15);
            }
            assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
                    .as("the session's setting after the transactions").isEqualTo("auto");
            // The claim's own prepared statement, as the driver named it on the server.
            String claim = jdbc.sql("select name from pg_prepared_statements where statement like ?")
                    .param("%for update of d skip locked%").query(String.class).single();
            jdbc.sql("set plan_cache_mode = force_generic_plan").update();
            String plan = String.join("\n", jdbc.sql("explain execute \"" + claim + "\" ('ID_NUMBER', now(), 16)")
                    .query(String.class).list());
            assertThat(plan).as("the plan made once").contains("dossier_step_due").doesNotContain("Seq Scan");
        } finally {
            connection.destroy();
        }
    }

    private static void insertStep(JdbcClient jdbc, UUID dossier, String step, String status, Instant dueAt) {
        jdbc.sql("""
                        insert into dossier_step (dossier_id, step, status, attempts, next_attempt_at, status_since)
                        values (?, ?, ?, 0, ?, now())""")
                .params(dossier, step, status, dueAt == null ? null : Timestamp.from(dueAt))
                .update();
    }

    private static void markIdNumberVerification(JdbcClient jdbc, UUID dossier, String verification) {
        jdbc.sql("""
                        update dossier set results = jsonb_set(results, '{idNumber}',
                            jsonb_build_object('verification', cast(? as text)))
                        where id = ?""")
                .params(verification, dossier)
                .update();
    }

    private static long heapOnlyUpdates(JdbcClient jdbc) {
        return tableStatistic(jdbc, "n_tup_hot_upd");
    }

    private static long updates(JdbcClient jdbc) {
        return tableStatistic(jdbc, "n_tup_upd");
    }

    private static long tableStatistic(JdbcClient jdbc, String column) {
        // The session's counts reach the statistics at its next flush, and a snapshot of them is kept
        // for the transaction: flush now and read them afresh.
        jdbc.sql("select pg_stat_force_next_flush()").query(Object.class).list();
        jdbc.sql("select pg_stat_clear_snapshot()").query(Object.class).list();
        return jdbc.sql("select " + column + " from pg_stat_user_tables where relname = 'dossier'")
                .query(Long.class).single();
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

    private static UUID insertDossier(JdbcClient jdbc, String status) {
        return insertDossier(jdbc, status, "{}");
    }

    private static UUID insertDossier(JdbcClient jdbc, String status, String form) {
        UUID id = UUID.randomUUID();
        String code = "G22.99-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into dossier (id, procedure, portal_dossier_code, content_hash, form, status,
                            registration_commune_code, child_full_name, results, received_at, updated_at,
                            statutory_due_date, version, submitted_by)
                        values (?, 'THREE_IN_ONE', ?, 'hash', cast(? as jsonb), ?, '25450', 'Điểu Thị Hoa', '{}'::jsonb, now(),
                            now(), current_date + 5, 1, 'national-portal')""")
                .params(id, code, form, status)
                .update();
        return id;
    }

    private static DataSource dataSource(String database) {
        return new DriverManagerDataSource(POSTGRES.jdbcUrl(database), POSTGRES.username(), "");
    }
}
