package vn.lienthong.orchestrator.adapter.out.persistence;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How many dossiers wait for an automatic ID-number attempt, and since when the oldest was received. */
public class JdbcIdNumberBacklog {

    private final JdbcClient jdbc;

    public JdbcIdNumberBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Backlog read() {
        return jdbc.sql("""
                        select count(*), min(d.received_at) from dossier_step s join dossier d on d.id = s.dossier_id
                        where s.step = 'ID_NUMBER' and s.status in ('SCHEDULED', 'WAITING_RETRY')""")
                .query((row, n) -> new Backlog(row.getLong(1), JdbcTroubledSteps.instant(row.getTimestamp(2))))
                .single();
    }

    /** {@code oldestReceivedAt} is null when nothing waits. */
    public record Backlog(long waiting, Instant oldestReceivedAt) {
    }
}
