package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.application.port.model.ops.JobStatus;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayItem;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayJob;
import vn.lienthong.orchestrator.application.port.out.ops.ReplayJobs;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayOutcome;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** Bulk replays in {@code replay_job} and {@code replay_job_item}; counts come from the items. */
public class JdbcReplayJobs implements ReplayJobs {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcReplayJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public int start(UUID id, StepFilter filter, Instant now, Instant stuckBefore, String operator, String operatorName,
                     String reason) {
        jdbc.sql("""
                        insert into replay_job (id, status, operator, operator_name, reason, filter, total, started_at)
                        values (?, 'RUNNING', ?, ?, ?, ?::jsonb, 0, ?)""")
                .params(id, operator, operatorName, reason, json.writeValueAsString(StoredFilter.of(filter)),
                        Timestamp.from(now))
                .update();
        var query = StepFilterSql.of(filter, now, stuckBefore);
        int total = jdbc.sql("insert into replay_job_item (job_id, dossier_id, step, position)"
                        + " select :job, d.id, s.step, cast(row_number() over (" + StepFilterSql.ORDER + ") as integer)"
                        + query.fromWhere())
                .params(query.params())
                .param("job", id)
                .update();
        jdbc.sql("""
                        update replay_job set total = ?,
                            status = case when ? = 0 then 'DONE' else status end,
                            finished_at = case when ? = 0 then started_at end
                        where id = ?""")
                .params(total, total, total, id)
                .update();
        return total;
    }

    @Override
    public Optional<ReplayJob> find(UUID id, int maxProblems) {
        Map<ReplayOutcome.Kind, Integer> counts = new EnumMap<>(ReplayOutcome.Kind.class);
        jdbc.sql("select outcome, count(*) from replay_job_item where job_id = ? and outcome is not null group by outcome")
                .param(id)
                .query((row, n) -> Map.entry(ReplayOutcome.Kind.valueOf(row.getString(1)), row.getInt(2)))
                .list()
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        List<ReplayJob.Problem> problems = jdbc.sql("""
                        select dossier_id, step, outcome, code, message from replay_job_item
                        where job_id = ? and outcome in ('SKIPPED', 'FAILED') order by handled_at, position limit ?""")
                .params(id, maxProblems)
                .query((row, n) -> new ReplayJob.Problem(
                        new ReplayItem(row.getObject(1, UUID.class), Step.valueOf(row.getString(2))),
                        new ReplayOutcome(ReplayOutcome.Kind.valueOf(row.getString(3)), row.getString(4), row.getString(5))))
                .list();
        return jdbc.sql("""
                        select id, status, operator, operator_name, reason, filter, total, started_at, finished_at
                        from replay_job where id = ?""")
                .param(id)
                .query((row, n) -> new ReplayJob(row.getObject("id", UUID.class),
                        JobStatus.valueOf(row.getString("status")), row.getString("operator"),
                        row.getString("operator_name"), row.getString("reason"),
                        json.readValue(row.getString("filter"), StoredFilter.class).toFilter(), row.getInt("total"),
                        counts.getOrDefault(ReplayOutcome.Kind.REPLAYED, 0),
                        counts.getOrDefault(ReplayOutcome.Kind.SKIPPED, 0),
                        counts.getOrDefault(ReplayOutcome.Kind.FAILED, 0),
                        row.getTimestamp("started_at").toInstant(),
                        JdbcTroubledSteps.instant(row.getTimestamp("finished_at")), problems))
                .optional();
    }

    @Override
    public Optional<Claimed> claim(Instant now, Duration lease) {
        return jdbc.sql("""
                        update replay_job set lease_until = ?
                        where id = (select id from replay_job
                                    where status = 'RUNNING' and (lease_until is null or lease_until < ?)
                                    order by started_at limit 1 for update skip locked)
                        returning id, operator, operator_name, reason""")
                .params(Timestamp.from(now.plus(lease)), Timestamp.from(now))
                .query((row, n) -> new Claimed(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4)))
                .optional();
    }

    @Override
    public List<ReplayItem> pending(UUID jobId, int max) {
        return jdbc.sql("""
                        select dossier_id, step from replay_job_item where job_id = ? and outcome is null
                        order by position limit ?""")
                .params(jobId, max)
                .query((row, n) -> new ReplayItem(row.getObject(1, UUID.class), Step.valueOf(row.getString(2))))
                .list();
    }

    @Override
    public void record(UUID jobId, ReplayItem item, ReplayOutcome outcome, Instant at) {
        jdbc.sql("""
                        update replay_job_item set outcome = ?, code = ?, message = ?, handled_at = ?
                        where job_id = ? and dossier_id = ? and step = ? and outcome is null""")
                .params(outcome.kind().name(), outcome.code(), outcome.message(), Timestamp.from(at), jobId,
                        item.dossierId(), item.step().name())
                .update();
    }

    @Override
    public boolean release(UUID jobId, Instant now) {
        return JobLeases.release(jdbc, "replay_job", "replay_job_item", "outcome = 'FAILED'", jobId, now);
    }
}
