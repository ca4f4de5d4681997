package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.orchestrator.application.port.model.ops.JobStatus;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationItem;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationJob;
import vn.lienthong.orchestrator.application.port.out.ops.VerificationJobs;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationOutcome;

/** Verification jobs in {@code verification_job} and {@code verification_job_item}, one row per number. */
public class JdbcVerificationJobs implements VerificationJobs {

    private static final String ITEM_COLUMNS =
            "item_index, personal_id_number, outcome, full_name, date_of_birth, attempts, last_error";

    private final JdbcClient jdbc;

    public JdbcVerificationJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void start(UUID id, List<String> personalIdNumbers, int ratePerSecond, int maxRounds, Instant now,
                      String startedBy, String reason) {
        jdbc.sql("""
                        insert into verification_job (id, status, operator, started_by, reason, rate_per_second,
                            max_rounds, total, started_at)
                        values (?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, startedBy, startedBy, reason, ratePerSecond, maxRounds, personalIdNumbers.size(),
                        Timestamp.from(now))
                .update();
        // One statement for the whole list: up to 100 000 numbers as one array parameter.
        jdbc.sql("""
                        insert into verification_job_item (job_id, item_index, personal_id_number)
                        select ?, cast(t.ordinality - 1 as integer), t.number
                        from unnest(cast(? as text[])) with ordinality as t(number, ordinality)""")
                .params(id, personalIdNumbers.toArray(String[]::new))
                .update();
    }

    @Override
    public Optional<VerificationJob> find(UUID id) {
        Map<VerificationOutcome, Integer> counts = new EnumMap<>(VerificationOutcome.class);
        jdbc.sql("""
                        select outcome, count(*) from verification_job_item
                        where job_id = ? and outcome is not null group by outcome""")
                .param(id)
                .query((row, n) -> Map.entry(VerificationOutcome.valueOf(row.getString(1)), row.getInt(2)))
                .list()
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return jdbc.sql("""
                        select id, status, operator, reason, rate_per_second, max_rounds, total, started_at, finished_at,
                            started_by, cancelled_by, cancel_reason
                        from verification_job where id = ?""")
                .param(id)
                .query((row, n) -> new VerificationJob(row.getObject("id", UUID.class),
                        JobStatus.valueOf(row.getString("status")), row.getString("operator"), row.getString("reason"),
                        row.getInt("rate_per_second"), row.getInt("max_rounds"), row.getInt("total"),
                        counts.getOrDefault(VerificationOutcome.FOUND, 0),
                        counts.getOrDefault(VerificationOutcome.NOT_FOUND, 0),
                        counts.getOrDefault(VerificationOutcome.FAILED, 0),
                        row.getTimestamp("started_at").toInstant(),
                        JdbcTroubledSteps.instant(row.getTimestamp("finished_at")), row.getString("started_by"),
                        row.getString("cancelled_by"), row.getString("cancel_reason")))
                .optional();
    }

    @Override
    public OpsPage<VerificationItem> items(UUID id, VerificationOutcome outcome, int page, int size) {
        String where = " from verification_job_item where job_id = :id"
                + (outcome == null ? "" : " and outcome = :outcome");
        var count = jdbc.sql("select count(*)" + where).param("id", id);
        var select = jdbc.sql("select " + ITEM_COLUMNS + where + " order by item_index limit :limit offset :offset")
                .param("id", id)
                .param("limit", size)
                .param("offset", (long) page * size);
        if (outcome != null) {
            count = count.param("outcome", outcome.name());
            select = select.param("outcome", outcome.name());
        }
        return new OpsPage<>(select.query((row, n) -> item(row)).list(), page, size,
                count.query(Long.class).single());
    }

    @Override
    public Optional<Claimed> claim(Instant now, Duration lease) {
        // Only a job with a number due now: one whose numbers all wait for a later round is left alone.
        return jdbc.sql("""
                        update verification_job set lease_until = :until
                        where id = (select j.id from verification_job j
                                    where j.status = 'RUNNING' and (j.lease_until is null or j.lease_until < :now)
                                      and exists (select 1 from verification_job_item i
                                                  where i.job_id = j.id and i.outcome is null
                                                    and (i.next_attempt_at is null or i.next_attempt_at <= :now))
                                    order by j.started_at limit 1 for update skip locked)
                        returning id, rate_per_second, max_rounds""")
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .query((row, n) -> new Claimed(row.getObject(1, UUID.class), row.getInt(2), row.getInt(3)))
                .optional();
    }

    @Override
    public List<VerificationItem> due(UUID jobId, Instant now, int max) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from verification_job_item"
                        + " where job_id = ? and outcome is null and (next_attempt_at is null or next_attempt_at <= ?)"
                        + " order by attempts, item_index limit ?")
                .params(jobId, Timestamp.from(now), max)
                .query((row, n) -> item(row))
                .list();
    }

    @Override
    public void found(UUID jobId, int index, String fullName, LocalDate dateOfBirth) {
        jdbc.sql("""
                        update verification_job_item set outcome = 'FOUND', full_name = ?, date_of_birth = ?,
                            attempts = attempts + 1, last_error = null, next_attempt_at = null
                        where job_id = ? and item_index = ?""")
                .params(fullName, dateOfBirth == null ? null : Date.valueOf(dateOfBirth), jobId, index)
                .update();
    }

    @Override
    public void notFound(UUID jobId, int index) {
        jdbc.sql("""
                        update verification_job_item set outcome = 'NOT_FOUND', attempts = attempts + 1,
                            last_error = null, next_attempt_at = null
                        where job_id = ? and item_index = ?""")
                .params(jobId, index)
                .update();
    }

    @Override
    public void failed(UUID jobId, int index, String errorCode, Instant retryAt) {
        jdbc.sql("""
                        update verification_job_item set attempts = attempts + 1, last_error = ?,
                            outcome = case when cast(? as timestamptz) is null then 'FAILED' end,
                            next_attempt_at = ?
                        where job_id = ? and item_index = ?""")
                .params(errorCode, timestamp(retryAt), timestamp(retryAt), jobId, index)
                .update();
    }

    @Override
    public boolean running(UUID jobId) {
        return jdbc.sql("select status = 'RUNNING' from verification_job where id = ?").param(jobId)
                .query(Boolean.class).optional().orElse(false);
    }

    @Override
    public boolean cancel(UUID jobId, Instant now, String cancelledBy, String reason) {
        return jdbc.sql("""
                        update verification_job set status = 'CANCELLED', finished_at = ?, cancelled_by = ?,
                            cancel_reason = ?
                        where id = ? and status = 'RUNNING'""")
                .params(Timestamp.from(now), cancelledBy, reason, jobId)
                .update() == 1;
    }

    @Override
    public boolean release(UUID jobId, Instant now) {
        return JobLeases.release(jdbc, "verification_job", "verification_job_item", "outcome = 'FAILED'", jobId, now);
    }

    private static VerificationItem item(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        Date dateOfBirth = row.getDate("date_of_birth");
        return new VerificationItem(row.getInt("item_index"), row.getString("personal_id_number"),
                outcome == null ? null : VerificationOutcome.valueOf(outcome), row.getString("full_name"),
                dateOfBirth == null ? null : dateOfBirth.toLocalDate(), row.getInt("attempts"),
                row.getString("last_error"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
