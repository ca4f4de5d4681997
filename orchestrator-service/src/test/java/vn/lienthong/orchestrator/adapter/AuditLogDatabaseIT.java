package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.deploy.local.LocalPostgres;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.orchestrator.adapter.out.persistence.ChainOpsAuditMigration;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcAuditLog;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.domain.audit.Actor;
import vn.lienthong.orchestrator.domain.audit.ChainHead;
import vn.lienthong.orchestrator.domain.audit.ChainVerification;
import vn.lienthong.orchestrator.domain.audit.ChainWalk;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;

/**
 * The orchestrator's migrations run as a service role would in production: a role that is not a
 * superuser and owns the database. That role may append to the audit chain but not update, delete
 * or truncate it, nor change or remove an entry recorded and not yet chained; a role granted the
 * usual read-write privileges is stopped by the trigger; and the entries of the former ops audit
 * table come through the migration as an intact chain.
 */
class AuditLogDatabaseIT {

    private static final LocalPostgres POSTGRES = SharedInfrastructure.postgres();

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String serviceRole = "orchestrator_" + suffix;
    private final String otherRole = "reader_writer_" + suffix;
    private final String database = "audit_" + suffix;
    private final JdbcClient superuser = JdbcClient.create(dataSource("postgres", "postgres"));

    @BeforeEach
    void aDatabaseOwnedByTheServiceRole() {
        superuser.sql("create role " + serviceRole + " login password 'service' nosuperuser nocreatedb nocreaterole")
                .update();
        superuser.sql("create role " + otherRole + " login password 'other' nosuperuser").update();
        superuser.sql("create database " + database + " owner " + serviceRole).update();
    }

    @AfterEach
    void dropIt() {
        superuser.sql("drop database if exists " + database + " with (force)").update();
        superuser.sql("drop role if exists " + serviceRole).update();
        superuser.sql("drop role if exists " + otherRole).update();
    }

    @Test
    void theServiceRoleAppendsButCannotChangeOrRemoveAndTheFormerOpsAuditIsChained() {
        DataSource asService = dataSource(database, serviceRole, "service");
        JdbcClient service = JdbcClient.create(asService);
        flyway(asService).target("10").load().migrate();
        service.sql("""
                        insert into ops_audit (at, operator, action, target, reason, details) values
                        ('2026-11-23T02:00:00.123456Z', 'ops-hcm-01', 'PAUSE_AGENCY', 'agencies/CIVIL_REGISTRY',
                         'Bộ Tư pháp bảo trì', '{"waitingSteps": 3}'),
                        ('2026-11-23T04:00:00Z', 'ops-hcm-01', 'RESUME_AGENCY', 'agencies/CIVIL_REGISTRY',
                         'Hết bảo trì', '{"pausedBy": "ops-hcm-01", "waitingSteps": 5}'),
                        ('2026-11-23T05:00:00Z', 'ops-hcm-02', 'REPLAY_STEP', 'dossiers/x/steps/ID_NUMBER',
                         'CSDL hoạt động lại', '{}')""").update();

        flyway(asService).load().migrate();

        var log = new JdbcAuditLog(service, JsonMapper.builder().build(),
                new TransactionTemplate(new DataSourceTransactionManager(asService)));
        assertThat(service.sql("select to_regclass('ops_audit') is null").query(Boolean.class).single()).isTrue();
        assertThat(log.head().seq()).isEqualTo(3);
        List<ChainedEntry> moved = log.between(0, 3, 10);
        assertThat(moved).extracting(ChainedEntry::action).containsExactly("PAUSE_AGENCY", "RESUME_AGENCY", "REPLAY_STEP");
        assertThat(moved.get(0).actor()).isEqualTo(new Actor("ops-hcm-01", "ops-hcm-01", "NONE", List.of(), null));
        assertThat(moved.get(0).at()).isEqualTo(Instant.parse("2026-11-23T02:00:00.123456Z"));
        assertThat(moved.get(1).reason()).isEqualTo("Hết bảo trì");
        assertThat(verify(log).valid()).isTrue();

        log.record(new AuditEntry(Instant.now(), new Actor("vanhanh.075", "Hoàng Minh Đức", "OPS", List.of(), "console"),
                AuditAction.VERIFY_AUDIT, "audit", "GET /api/v1/ops/audit/verify", null, Map.of("valid", true)));
        assertThat(log.pendingCount()).as("recorded, waiting to be chained").isEqualTo(1);
        assertThat(log.head().seq()).isEqualTo(3);
        assertThat(log.sealPending(10)).isEqualTo(1);
        assertThat(log.pendingCount()).isZero();
        assertThat(log.head().seq()).isEqualTo(4);
        ChainVerification verdict = verify(log);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.entries()).isEqualTo(4);

        assertThatThrownBy(() -> service.sql("update audit_log set reason = 'x' where seq = 1").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.sql("delete from audit_log where seq = 4").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.sql("delete from audit_chain_head").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.sql("update audit_chain_head set seq = 1").update())
                .rootCause().hasMessageContaining("only advances one entry at a time");

        // A recorded entry cannot be changed, nor removed before it is chained.
        log.record(new AuditEntry(Instant.now(), new Actor("vanhanh.075", "Hoàng Minh Đức", "OPS", List.of(), "console"),
                AuditAction.READ_DOSSIER, "dossiers/x", "GET /api/v1/dossiers/{dossierId}", null, Map.of()));
        assertThatThrownBy(() -> service.sql("update audit_pending set target = 'x'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.sql("truncate audit_pending").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.sql("delete from audit_pending").update())
                .rootCause().hasMessageContaining("an entry leaves only once chained");

        JdbcClient superuserHere = JdbcClient.create(dataSource(database, "postgres"));
        assertThatThrownBy(() -> superuserHere.sql("update audit_pending set target = 'x'").update())
                .rootCause().hasMessageContaining("audit_pending: UPDATE refused");
        assertThatThrownBy(() -> superuserHere.sql("delete from audit_pending").update())
                .rootCause().hasMessageContaining("audit_pending: DELETE refused");
        assertThat(log.pendingCount()).isEqualTo(1);
        assertThatThrownBy(() -> superuserHere.sql("update audit_log set reason = 'x' where seq = 1").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuserHere.sql("delete from audit_log where seq = 4").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuserHere.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("append-only");

        superuserHere.sql("grant usage on schema public to " + otherRole).update();
        superuserHere.sql("grant select, insert, update, delete on all tables in schema public to " + otherRole).update();
        JdbcClient readerWriter = JdbcClient.create(dataSource(database, otherRole, "other"));
        assertThatThrownBy(() -> readerWriter.sql("update audit_log set reason = 'x' where seq = 1").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> readerWriter.sql("delete from audit_log").update())
                .rootCause().hasMessageContaining("append-only");

        assertThat(verify(log).entries()).isEqualTo(4);
        assertThat(log.sealPending(10)).isEqualTo(1);
        assertThat(verify(log).entries()).isEqualTo(5);
    }

    private static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/messaging")
                .javaMigrations(new ChainOpsAuditMigration());
    }

    private static ChainVerification verify(JdbcAuditLog log) {
        ChainHead head = log.head();
        var walk = new ChainWalk(hash -> log.holdsHash(hash, head.seq()));
        for (ChainedEntry entry : log.between(0, head.seq(), 1_000)) {
            Optional<ChainVerification> broken = walk.next(entry);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return walk.end(head);
    }

    private static DataSource dataSource(String database, String user) {
        return dataSource(database, user, "");
    }

    private static DataSource dataSource(String database, String user, String password) {
        return new DriverManagerDataSource(POSTGRES.jdbcUrl(database), user, password);
    }
}
