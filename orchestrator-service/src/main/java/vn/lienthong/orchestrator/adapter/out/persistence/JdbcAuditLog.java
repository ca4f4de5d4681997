package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.model.audit.AuditNotRecordedException;
import vn.lienthong.orchestrator.application.port.out.audit.AuditRecords;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.domain.audit.Actor;
import vn.lienthong.orchestrator.domain.audit.ChainHead;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;

/**
 * The audit chain as the append-only table {@code audit_log} and its one-row head
 * {@code audit_chain_head} (migration V12), fed through {@code audit_pending} (V23). Recording an
 * entry inserts it into {@code audit_pending} in the caller's transaction: it commits with what it
 * records or not at all, and takes no lock, so audited requests commit side by side. Sealing then
 * chains the pending entries in the order recorded: it locks the head, so sealers of every instance
 * follow one another, inserts each entry into {@code audit_log} and deletes it from
 * {@code audit_pending} in one transaction. The database itself refuses an entry that does not
 * continue the head, any update or delete of an entry, and the removal of a pending entry that is
 * not chained.
 */
public class JdbcAuditLog implements AuditLog, AuditRecords {

    private static final String COLUMNS = "seq, at, subject, display_name, role, communes, client_id, action, target,"
            + " endpoint, reason, details, prev_hash, hash";
    private static final String PENDING_COLUMNS = "at, subject, display_name, role, communes, client_id, action, target,"
            + " endpoint, reason, details";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    /** {@code transactions}: a sealing's own transaction, or the caller's where there is one. */
    public JdbcAuditLog(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEntry entry) {
        // Sorted keys: the same details always read the same; the text is stored as hashed (type json keeps it).
        String details = json.writeValueAsString(new TreeMap<>(entry.details()));
        Actor actor = entry.actor();
        try {
            jdbc.sql("insert into audit_pending (" + PENDING_COLUMNS + ")"
                            + " values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?::json)")
                    .params(Timestamp.from(entry.at()), actor.subject(), actor.displayName(), actor.role(),
                            actor.communes().toArray(String[]::new), actor.clientId(), entry.action().name(),
                            entry.target(), entry.endpoint(), entry.reason(), details)
                    .update();
        } catch (DataAccessException e) {
            throw new AuditNotRecordedException(e);
        }
    }

    @Override
    public int sealPending(int max) {
        // Most runs find nothing: then no transaction locks the head (a lock is a write, flushed at commit).
        if (!jdbc.sql("select exists (select 1 from audit_pending)").query(Boolean.class).single()) {
            return 0;
        }
        Integer sealed = transactions.execute(status -> {
            ChainHead head = jdbc.sql("select seq, hash from audit_chain_head for update")
                    .query((row, n) -> new ChainHead(row.getLong(1), row.getString(2)))
                    .single();
            List<Pending> pending = jdbc.sql("select id, " + PENDING_COLUMNS + " from audit_pending order by id limit ?")
                    .param(max)
                    .query((row, n) -> pending(row))
                    .list();
            for (Pending entry : pending) {
                ChainedEntry chained = ChainedEntry.following(head, entry.at(), entry.actor(), entry.action(),
                        entry.target(), entry.endpoint(), entry.reason(), entry.details());
                insert(jdbc, chained, entry.id());
                head = new ChainHead(chained.seq(), chained.hash());
            }
            if (!pending.isEmpty()) {
                jdbc.sql("delete from audit_pending where id = any(?)")
                        .param(pending.stream().map(Pending::id).toArray(Long[]::new))
                        .update();
            }
            return pending.size();
        });
        return sealed == null ? 0 : sealed;
    }

    @Override
    public long pendingCount() {
        return jdbc.sql("select count(*) from audit_pending").query(Long.class).single();
    }

    /** Inserts an entry recorded as pending {@code pendingId} and now chained; the table's trigger moves the head to it. */
    private static void insert(JdbcClient jdbc, ChainedEntry entry, long pendingId) {
        Actor actor = entry.actor();
        jdbc.sql("insert into audit_log (" + COLUMNS + ", pending_id)"
                        + " values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?::json, ?, ?, ?)")
                .params(entry.seq(), Timestamp.from(entry.at()), actor.subject(), actor.displayName(), actor.role(),
                        actor.communes().toArray(String[]::new), actor.clientId(), entry.action(), entry.target(),
                        entry.endpoint(), entry.reason(), entry.details(), entry.prevHash(), entry.hash(), pendingId)
                .update();
    }

    /** Inserts an entry already chained (migration V13, before pending entries existed); the trigger moves the head to it. */
    static void insert(JdbcClient jdbc, ChainedEntry entry) {
        Actor actor = entry.actor();
        jdbc.sql("insert into audit_log (" + COLUMNS + ")"
                        + " values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?::json, ?, ?)")
                .params(entry.seq(), Timestamp.from(entry.at()), actor.subject(), actor.displayName(), actor.role(),
                        actor.communes().toArray(String[]::new), actor.clientId(), entry.action(), entry.target(),
                        entry.endpoint(), entry.reason(), entry.details(), entry.prevHash(), entry.hash())
                .update();
    }

    @Override
    public OpsPage<ChainedEntry> page(String subject, AuditAction action, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (subject != null) {
            conditions.add("subject = :subject");
            params.put("subject", subject);
        }
        if (action != null) {
            conditions.add("action = :action");
            params.put("action", action.name());
        }
        String where = " from audit_log where " + String.join(" and ", conditions);
        // Unfiltered, the head counts the entries without a scan of a table that grows with every read.
        long total = params.isEmpty() ? head().seq()
                : jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<ChainedEntry> items = jdbc.sql("select " + COLUMNS + where + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((row, n) -> entry(row))
                .list();
        return new OpsPage<>(items, page, size, total);
    }

    @Override
    public ChainHead head() {
        return jdbc.sql("select seq, hash from audit_chain_head")
                .query((row, n) -> new ChainHead(row.getLong(1), row.getString(2)))
                .single();
    }

    @Override
    public List<ChainedEntry> between(long after, long upTo, int max) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where seq > ? and seq <= ? order by seq limit ?")
                .params(after, upTo, max)
                .query((row, n) -> entry(row))
                .list();
    }

    @Override
    public boolean holdsHash(String hash, long upTo) {
        // No index on hash: this runs only once a chain is found broken, and an index would cost every append.
        return jdbc.sql("select exists (select 1 from audit_log where hash = ? and seq <= ?)")
                .params(hash, upTo)
                .query(Boolean.class)
                .single();
    }

    private static ChainedEntry entry(ResultSet row) throws SQLException {
        var actor = new Actor(row.getString("subject"), row.getString("display_name"), row.getString("role"),
                communes(row.getArray("communes")), row.getString("client_id"));
        return new ChainedEntry(row.getLong("seq"), row.getTimestamp("at").toInstant(), actor, row.getString("action"),
                row.getString("target"), row.getString("endpoint"), row.getString("reason"), row.getString("details"),
                row.getString("prev_hash"), row.getString("hash"));
    }

    private static Pending pending(ResultSet row) throws SQLException {
        var actor = new Actor(row.getString("subject"), row.getString("display_name"), row.getString("role"),
                communes(row.getArray("communes")), row.getString("client_id"));
        return new Pending(row.getLong("id"), row.getTimestamp("at").toInstant(), actor, row.getString("action"),
                row.getString("target"), row.getString("endpoint"), row.getString("reason"), row.getString("details"));
    }

    /** An entry recorded, not yet chained. */
    private record Pending(long id, Instant at, Actor actor, String action, String target, String endpoint,
                           String reason, String details) {
    }

    private static List<String> communes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
