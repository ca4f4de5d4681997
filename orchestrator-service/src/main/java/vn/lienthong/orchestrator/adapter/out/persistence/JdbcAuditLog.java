package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
 * {@code audit_chain_head} (migration V12). An append locks the head row, so appends from any
 * number of threads and instances follow one another; the head stays locked until the appending
 * transaction ends, which is why an entry is written last. The database itself refuses an entry
 * that does not continue the head, and any update or delete of an entry.
 */
public class JdbcAuditLog implements AuditLog, AuditRecords {

    private static final String COLUMNS = "seq, at, subject, display_name, role, communes, client_id, action, target,"
            + " endpoint, reason, details, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    /** {@code transactions}: joins the caller's transaction, or holds the head for this append alone. */
    public JdbcAuditLog(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEntry entry) {
        // Sorted keys: the same details always read the same; the text is stored as hashed (type json keeps it).
        String details = json.writeValueAsString(new TreeMap<>(entry.details()));
        try {
            transactions.executeWithoutResult(status -> {
                ChainHead head = jdbc.sql("select seq, hash from audit_chain_head for update")
                        .query((row, n) -> new ChainHead(row.getLong(1), row.getString(2)))
                        .single();
                ChainedEntry chained = ChainedEntry.following(head, entry.at(), entry.actor(), entry.action().name(),
                        entry.target(), entry.endpoint(), entry.reason(), details);
                insert(jdbc, chained);
            });
        } catch (DataAccessException e) {
            throw new AuditNotRecordedException(e);
        }
    }

    /** Inserts an entry already chained; the table's trigger moves the head to it. */
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

    private static List<String> communes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
