package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.application.port.model.ops.TroubledStep;
import vn.lienthong.orchestrator.application.port.out.ops.TroubledSteps;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/** Failed, waiting and stuck steps, read straight from the step rows. */
public class JdbcTroubledSteps implements TroubledSteps {

    private final JdbcClient jdbc;

    public JdbcTroubledSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OpsPage<TroubledStep> page(StepFilter filter, Instant now, Instant stuckBefore, int page, int size) {
        var query = StepFilterSql.of(filter, now, stuckBefore);
        long total = jdbc.sql("select count(*)" + query.fromWhere()).params(query.params()).query(Long.class).single();
        List<TroubledStep> items = jdbc.sql("""
                        select d.id, d.portal_dossier_code, d.registration_commune_code, s.step, s.status, s.attempts,
                               s.last_error ->> 'code' as error_code, s.last_error ->> 'field' as error_field,
                               s.last_error ->> 'messageVi' as error_vi, s.last_error ->> 'messageEn' as error_en,
                               s.status_since, s.next_attempt_at""" + query.fromWhere() + StepFilterSql.ORDER
                        + " limit :limit offset :offset")
                .params(query.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((row, n) -> step(row))
                .list();
        return new OpsPage<>(items, page, size, total);
    }

    private static TroubledStep step(ResultSet row) throws SQLException {
        String code = row.getString("error_code");
        Reason lastError = code == null ? null : new Reason(code, row.getString("error_field"),
                row.getString("error_vi"), row.getString("error_en"));
        return new TroubledStep(row.getObject("id", UUID.class), row.getString("portal_dossier_code"),
                row.getString("registration_commune_code"), Step.valueOf(row.getString("step")),
                StepStatus.valueOf(row.getString("status")), row.getInt("attempts"), lastError,
                instant(row.getTimestamp("status_since")), instant(row.getTimestamp("next_attempt_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
