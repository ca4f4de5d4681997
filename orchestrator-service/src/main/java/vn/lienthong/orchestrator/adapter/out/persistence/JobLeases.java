package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ending a worker's turn on a background job: finish the job if no item is left, else free it. */
final class JobLeases {

    private JobLeases() {
    }

    /**
     * {@code failedItem} is the condition of an item that failed; the job finishes FAILED if any
     * did, else DONE. A job no longer running (cancelled meanwhile) keeps its status and end. Table
     * names are constants of the callers, never input.
     */
    static boolean release(JdbcClient jdbc, String jobTable, String itemTable, String failedItem, UUID jobId,
                           Instant now) {
        String finished = jdbc.sql("update " + jobTable + " set lease_until = null,"
                        + " status = case"
                        + "   when status <> 'RUNNING' then status"
                        + "   when exists (select 1 from " + itemTable + " where job_id = :id and outcome is null) then status"
                        + "   when exists (select 1 from " + itemTable + " where job_id = :id and " + failedItem + ") then 'FAILED'"
                        + "   else 'DONE' end,"
                        + " finished_at = case"
                        + "   when status <> 'RUNNING' then finished_at"
                        + "   when exists (select 1 from " + itemTable + " where job_id = :id and outcome is null) then null"
                        + "   else coalesce(finished_at, :now) end"
                        + " where id = :id returning status")
                .param("id", jobId)
                .param("now", Timestamp.from(now))
                .query(String.class)
                .optional()
                .orElse("RUNNING");
        return !"RUNNING".equals(finished);
    }
}
