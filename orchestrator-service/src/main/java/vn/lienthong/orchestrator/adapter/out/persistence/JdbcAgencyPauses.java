package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.messaging.TransactionScoped;
import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.procedure.Procedures;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** Pauses as rows of {@code agency_pause}; a row exists only while its agency is paused. */
public class JdbcAgencyPauses implements AgencyPauses {

    private final JdbcClient jdbc;
    /** The pauses as this transaction saw them (and holds them), read once per transaction. */
    private final TransactionScoped<Map<Agency, Optional<AgencyPause>>> seen = new TransactionScoped<>(HashMap::new);

    public JdbcAgencyPauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inside a transaction, every agency's pause is read at the first question and held until the
     * transaction ends (FOR SHARE): a resume (a delete) waits until every transaction that saw the
     * pause, and may have held a step because of it, has committed; only then does the release
     * look for them. A pause added meanwhile waits for nothing, so the answers stay right for the
     * transaction: a pause that begins after it is seen by the transactions that follow.
     */
    @Override
    public Optional<AgencyPause> pauseOf(Agency agency) {
        Optional<Map<Agency, Optional<AgencyPause>>> inTransaction = seen.current();
        if (inTransaction.isEmpty()) {
            return jdbc.sql("select agency, paused_by, paused_at, reason from agency_pause where agency = ?")
                    .param(agency.name())
                    .query((row, n) -> pause(row))
                    .optional();
        }
        Map<Agency, Optional<AgencyPause>> pauses = inTransaction.get();
        if (pauses.isEmpty()) {
            for (Agency any : Agency.values()) {
                pauses.put(any, Optional.empty());
            }
            jdbc.sql("select agency, paused_by, paused_at, reason from agency_pause for share")
                    .query((row, n) -> pause(row))
                    .list()
                    .forEach(pause -> pauses.put(pause.agency(), Optional.of(pause)));
        }
        return pauses.get(agency);
    }

    /** A pause or resume in this transaction: its next question reads the pauses again. */
    private void forget() {
        seen.existing().ifPresent(Map::clear);
    }

    @Override
    public boolean pause(AgencyPause pause) {
        forget();
        return jdbc.sql("""
                        insert into agency_pause (agency, paused_by, paused_at, reason) values (?, ?, ?, ?)
                        on conflict (agency) do nothing""")
                .params(pause.agency().name(), pause.pausedBy(), Timestamp.from(pause.since()), pause.reason())
                .update() == 1;
    }

    @Override
    public Optional<AgencyPause> resume(Agency agency) {
        forget();
        return jdbc.sql("delete from agency_pause where agency = ? returning agency, paused_by, paused_at, reason")
                .param(agency.name())
                .query((row, n) -> pause(row))
                .optional();
    }

    @Override
    public List<AgencyPause> all() {
        return jdbc.sql("select agency, paused_by, paused_at, reason from agency_pause order by agency")
                .query((row, n) -> pause(row))
                .list();
    }

    @Override
    public List<DossierId> held(Step step, int max) {
        // Over Kafka a scheduled step is a held one: the saga otherwise sends as it starts a step.
        return jdbc.sql("""
                        select s.dossier_id from dossier_step s join dossier d on d.id = s.dossier_id
                        where s.step = ? and s.status = 'SCHEDULED' and d.status not in ('COMPLETED', 'REFUSED')
                        order by s.next_attempt_at limit ?""")
                .params(step.name(), max)
                .query((row, n) -> new DossierId(row.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public long waiting(Agency agency) {
        return jdbc.sql("""
                        select count(*) from dossier_step s join dossier d on d.id = s.dossier_id
                        where s.step = any(?) and s.status in ('SCHEDULED', 'WAITING_RETRY')
                          and d.status not in ('COMPLETED', 'REFUSED')""")
                .param(Procedures.stepsOf(agency).stream().map(Step::name).toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private static AgencyPause pause(ResultSet row) throws SQLException {
        return new AgencyPause(Agency.valueOf(row.getString("agency")), row.getString("paused_by"),
                row.getTimestamp("paused_at").toInstant(), row.getString("reason"));
    }
}
