package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.lienthong.orchestrator.domain.procedure.Procedures;
import vn.lienthong.orchestrator.application.port.model.ops.StepCondition;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;

/**
 * The steps an ops filter matches, as SQL over {@code dossier_step s join dossier d}. Shared by
 * the listing and the bulk replay's snapshot, so a job replays exactly what ops saw. Only the
 * criteria given become conditions, so the planner can use the index for each (a business-key
 * search is an index look-up); values are always bound, never spliced.
 */
record StepFilterSql(String fromWhere, Map<String, Object> params) {

    /** Oldest first: the step that has been in its status longest leads. */
    static final String ORDER = " order by s.status_since, d.id, s.step";

    private static final String FAILED =
            "(s.status = 'ACTION_REQUIRED' or (s.status = 'WAITING_RETRY' and s.last_error is not null))";
    private static final String WAITING = "s.status in ('SCHEDULED', 'WAITING_RETRY')";
    /** Over Kafka: since the request was sent. A scheduled call (the population database): since the attempt's lease ran out. */
    private static final String STUCK = "(s.status = 'IN_PROGRESS' and (case when s.step in ("
            + Procedures.scheduledCalls().stream().map(step -> "'" + step.name() + "'").collect(Collectors.joining(", "))
            + ") then s.next_attempt_at else s.status_since end) <= :stuckBefore)";

    static StepFilterSql of(StepFilter filter, Instant now, Instant stuckBefore) {
        List<String> conditions = new ArrayList<>(List.of(
                "d.status not in ('COMPLETED', 'REFUSED')",
                // Repeats the partial index's predicate so the planner may use it.
                "s.status in ('SCHEDULED', 'WAITING_RETRY', 'IN_PROGRESS', 'ACTION_REQUIRED')",
                condition(filter.condition())));
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.condition() == null || filter.condition() == StepCondition.STUCK) {
            params.put("stuckBefore", Timestamp.from(stuckBefore));
        }
        optional(conditions, params, "s.step = :step", "step", filter.step() == null ? null : filter.step().name());
        optional(conditions, params, "s.last_error ->> 'code' = :errorKind", "errorKind", filter.errorKind());
        optional(conditions, params, "d.registration_commune_code = :communeCode", "communeCode", filter.communeCode());
        optional(conditions, params, "d.portal_dossier_code = :portalDossierCode", "portalDossierCode",
                filter.portalDossierCode());
        optional(conditions, params, "s.status_since <= :enteredBefore", "enteredBefore",
                filter.olderThan() == null ? null : Timestamp.from(now.minus(filter.olderThan())));
        return new StepFilterSql(" from dossier_step s join dossier d on d.id = s.dossier_id where "
                + String.join(" and ", conditions), params);
    }

    private static String condition(StepCondition condition) {
        if (condition == null) {
            return "(" + FAILED + " or " + WAITING + " or " + STUCK + ")";
        }
        return switch (condition) {
            case FAILED -> FAILED;
            case WAITING -> WAITING;
            case STUCK -> STUCK;
        };
    }

    private static void optional(List<String> conditions, Map<String, Object> params, String condition, String name,
                                 Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }
}
