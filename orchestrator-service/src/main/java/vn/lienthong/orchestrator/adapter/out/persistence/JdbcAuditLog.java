package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.application.port.out.ops.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.ops.AuditLog;
import vn.lienthong.orchestrator.application.port.out.ops.OpsAction;
import vn.lienthong.orchestrator.application.port.out.ops.OpsPage;

/** The audit log as the append-only table {@code ops_audit}. */
public class JdbcAuditLog implements AuditLog {

    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                        insert into ops_audit (at, operator, action, target, reason, details)
                        values (?, ?, ?, ?, ?, ?::jsonb)""")
                .params(Timestamp.from(entry.at()), entry.operator(), entry.action().name(), entry.target(),
                        entry.reason(), json.writeValueAsString(entry.details()))
                .update();
    }

    @Override
    public OpsPage<AuditEntry> page(String operator, OpsAction action, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (operator != null) {
            conditions.add("operator = :operator");
            params.put("operator", operator);
        }
        if (action != null) {
            conditions.add("action = :action");
            params.put("action", action.name());
        }
        String where = " from ops_audit where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select id, at, operator, action, target, reason, details" + where
                        + " order by id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((row, n) -> new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(),
                        row.getString("operator"), OpsAction.valueOf(row.getString("action")), row.getString("target"),
                        row.getString("reason"), json.readValue(row.getString("details"), DETAILS)))
                .list();
        return new OpsPage<>(items, page, size, total);
    }
}
