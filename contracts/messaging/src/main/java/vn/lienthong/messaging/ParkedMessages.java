package vn.lienthong.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The messages the outbox relay parked, as ops see and redrive them. Every method joins the
 * caller's transaction. A redrive writes the message to the outbox again, with the same message
 * id, behind everything written since; if it still cannot be sent it is parked again, as a new
 * parked message.
 */
public final class ParkedMessages {

    private static final String SUMMARY = """
            select id, message_id, topic, message_key, message_type, octet_length(payload) as size, reason,
                   written_at, parked_at, redriven_at, redriven_by, redrive_reason
            from outbox_parked""";

    private final JdbcClient jdbc;

    public ParkedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A parked message without its payload. {@code redrivenAt}, {@code redrivenBy} and
     * {@code redriveReason} are null until it is redriven.
     */
    public record Summary(long id, UUID messageId, String topic, String key, String type, int size, String reason,
                          Instant writtenAt, Instant parkedAt, Instant redrivenAt, String redrivenBy,
                          String redriveReason) {

        public boolean redriven() {
            return redrivenAt != null;
        }
    }

    /** One page, newest first. */
    public record Page(List<Summary> items, int page, int size, long totalItems) {
    }

    /** Parked messages newest first; {@code topic} null for every topic. */
    public Page page(String topic, int page, int size) {
        String where = topic == null ? "" : " where topic = :topic";
        var count = jdbc.sql("select count(*) from outbox_parked" + where);
        var items = jdbc.sql(SUMMARY + where + " order by parked_at desc, id desc limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size);
        if (topic != null) {
            count = count.param("topic", topic);
            items = items.param("topic", topic);
        }
        return new Page(items.query((row, n) -> summary(row)).list(), page, size, count.query(Long.class).single());
    }

    public Optional<Summary> find(long id) {
        return jdbc.sql(SUMMARY + " where id = ?").param(id).query((row, n) -> summary(row)).optional();
    }

    /** The payload as it was written; empty if there is no such parked message. */
    public Optional<byte[]> payload(long id) {
        return jdbc.sql("select payload from outbox_parked where id = ?").param(id).query(byte[].class).optional();
    }

    /**
     * Writes the parked message to the outbox again and records who did it and why. Empty if there
     * is no such message or it was redriven before (tell them apart with {@link #find}). Until the
     * transaction ends, a concurrent redrive of the same message waits, then finds it redriven.
     */
    public Optional<Summary> redrive(long id, String operator, String reason, Instant at) {
        int claimed = jdbc.sql("""
                        update outbox_parked set redriven_at = ?, redriven_by = ?, redrive_reason = ?
                        where id = ? and redriven_at is null""")
                .params(Timestamp.from(at), operator, reason, id)
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        jdbc.sql("""
                        insert into outbox_message (message_id, topic, message_key, message_type, payload)
                        select message_id, topic, message_key, message_type, payload from outbox_parked where id = ?""")
                .param(id)
                .update();
        return find(id);
    }

    private static Summary summary(ResultSet row) throws SQLException {
        return new Summary(row.getLong("id"), row.getObject("message_id", UUID.class), row.getString("topic"),
                row.getString("message_key"), row.getString("message_type"), row.getInt("size"),
                row.getString("reason"), instant(row.getTimestamp("written_at")),
                instant(row.getTimestamp("parked_at")), instant(row.getTimestamp("redriven_at")),
                row.getString("redriven_by"), row.getString("redrive_reason"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
