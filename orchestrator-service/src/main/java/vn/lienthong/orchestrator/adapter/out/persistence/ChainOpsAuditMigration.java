package vn.lienthong.orchestrator.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.lienthong.orchestrator.domain.audit.Actor;
import vn.lienthong.orchestrator.domain.audit.ChainHead;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;

/**
 * Migration V13: moves the entries of the former ops audit table ({@code ops_audit}, V4) into the
 * audit chain, in their order, chained with the same code that chains new entries, then drops the
 * old table. Those entries name the operator only as it was recorded (subject and display name
 * alike), with role {@code NONE} and no client or endpoint: the request that made them is not known.
 */
public class ChainOpsAuditMigration implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "chain ops audit";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        ChainHead head = jdbc.sql("select seq, hash from audit_chain_head for update")
                .query((row, n) -> new ChainHead(row.getLong(1), row.getString(2)))
                .single();
        long lastId = 0;
        List<Legacy> batch;
        do {
            batch = jdbc.sql("""
                            select id, at, operator, action, target, reason, details::text
                            from ops_audit where id > ? order by id limit ?""")
                    .params(lastId, BATCH)
                    .query((row, n) -> new Legacy(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7)))
                    .list();
            for (Legacy legacy : batch) {
                var operator = new Actor(legacy.operator(), legacy.operator(), "NONE", List.of(), null);
                ChainedEntry chained = ChainedEntry.following(head, legacy.at(), operator, legacy.action(),
                        legacy.target(), null, legacy.reason(), legacy.details());
                JdbcAuditLog.insert(jdbc, chained);
                head = new ChainHead(chained.seq(), chained.hash());
                lastId = legacy.id();
            }
        } while (batch.size() == BATCH);
        jdbc.sql("drop table ops_audit").update();
    }

    private record Legacy(long id, Instant at, String operator, String action, String target, String reason,
                          String details) {
    }
}
