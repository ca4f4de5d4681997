package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.orchestrator.application.port.model.DossierPage;
import vn.lienthong.orchestrator.application.port.model.WorklistCriteria;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.OfficerTask;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The dossier lists of the portal and the officers: filters, the search over the folded names
 * ({@code search_text}, kept by the database, V20), and the officers' queue with what each asks.
 */
final class JdbcWorklist {

    /** The steps a dossier can be "at": started and not completed, or waiting for a person. */
    private static final String CURRENT = "('SCHEDULED', 'IN_PROGRESS', 'WAITING_RETRY', 'ACTION_REQUIRED')";
    private static final String STEP_ORDER = Arrays.stream(Step.values()).map(step -> "'" + step.name() + "'")
            .collect(Collectors.joining(", ", "array[", "]"));
    /** The officer task of the required action {@code w.kind}, {@code w.code}, as {@link OfficerTask#of} says. */
    private static final String TASK = officerTaskSql();

    private final JdbcClient jdbc;

    JdbcWorklist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DossierPage list(DossierFilter filter) {
        WorklistCriteria criteria = filter.worklist();
        String from = " " + """
                 from dossier d
                 left join lateral (
                     select s.required_action ->> 'kind' as kind, s.required_action -> 'reasons' -> 0 ->> 'code' as code,
                            s.status_since
                     from dossier_step s
                     where s.dossier_id = d.id and s.status = 'ACTION_REQUIRED'
                     order by s.status_since, s.step limit 1) w on true""";
        List<String> conditions = new ArrayList<>(List.of(
                // The communes asked for, comma-joined (each checked to be five digits).
                "(cast(:commune as text) is null"
                        + " or d.registration_commune_code = any(string_to_array(cast(:commune as text), ',')))",
                "(cast(:status as text) is null or d.status = :status)",
                // Commune codes are five digits (the token's claim is checked), joined rather than bound
                // as an array, which named parameters would expand into a list.
                "(cast(:visible as text) is null"
                        + " or d.registration_commune_code = any(string_to_array(cast(:visible as text), ',')))",
                "(cast(:submitter as text) is null or d.submitted_by = :submitter)",
                "(cast(:receivedFrom as timestamptz) is null or d.received_at >= :receivedFrom)",
                "(cast(:receivedBefore as timestamptz) is null or d.received_at < :receivedBefore)",
                "(cast(:step as text) is null or exists (select 1 from dossier_step c where c.dossier_id = d.id"
                        + " and c.step = :step and c.status in " + CURRENT + "))",
                "(cast(:text as text) is null or d.search_text like '%' || lienthong_fold(cast(:text as text)) || '%')"));
        if (criteria.overdue() != null) {
            conditions.add((criteria.overdue() ? "" : "not ")
                    + "(d.status not in ('COMPLETED', 'REFUSED') and d.statutory_due_date < :today)");
        }
        if (criteria.waitingForOfficer() || criteria.officerTask() != null) {
            conditions.add("d.status = 'ACTION_REQUIRED' and w.kind in ('OFFICER', 'REVIEW')");
        }
        if (criteria.officerTask() != null) {
            conditions.add(TASK + " = :task");
        }
        String where = " where " + String.join(" and ", conditions);
        String order = criteria.waitingForOfficer() || criteria.officerTask() != null
                ? " order by w.status_since, d.id" : " order by d.received_at desc, d.id";
        long total = bind(jdbc.sql("select count(*)" + from + where), filter).query(Long.class).single();
        List<DossierPage.Summary> items = bind(jdbc.sql("""
                        select d.id, d.portal_dossier_code, d.registration_commune_code, d.child_full_name, d.status,
                               d.received_at, d.updated_at, d.statutory_due_date, w.kind as waiting_kind,
                               w.status_since as waiting_since, """ + TASK + """
                         as officer_task,
                               (d.status not in ('COMPLETED', 'REFUSED') and d.statutory_due_date < cast(:today as date))
                                   as overdue,
                               (select string_agg(c.step, ',' order by array_position(""" + STEP_ORDER + """
                        , c.step))
                                from dossier_step c where c.dossier_id = d.id and c.status in """ + CURRENT + """
                        ) as current_steps""" + from + where + order + " limit :limit offset :offset"), filter)
                .param("limit", filter.size()).param("offset", (long) filter.page() * filter.size())
                .query((row, n) -> new DossierPage.Summary(row.getObject("id", UUID.class),
                        row.getString("portal_dossier_code"), row.getString("registration_commune_code"),
                        row.getString("child_full_name"), DossierStatus.valueOf(row.getString("status")),
                        instant(row.getTimestamp("received_at")), instant(row.getTimestamp("updated_at")),
                        row.getDate("statutory_due_date").toLocalDate(), steps(row.getString("current_steps")),
                        row.getString("waiting_kind"),
                        row.getString("officer_task") == null ? null : OfficerTask.valueOf(row.getString("officer_task")),
                        instant(row.getTimestamp("waiting_since")), row.getBoolean("overdue")))
                .list();
        return new DossierPage(items, filter.page(), filter.size(), total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DossierFilter filter) {
        WorklistCriteria criteria = filter.worklist();
        String visible = filter.visibleCommunes() == null ? null : String.join(",", filter.visibleCommunes());
        return statement
                .param("commune", filter.communeCode())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("visible", visible)
                .param("submitter", filter.submittedBy())
                .param("receivedFrom", timestamp(criteria.receivedFrom()))
                .param("receivedBefore", timestamp(criteria.receivedBefore()))
                .param("step", criteria.step() == null ? null : criteria.step().name())
                .param("text", criteria.text() == null ? null : escapeLike(criteria.text()))
                .param("today", criteria.today())
                .param("task", criteria.officerTask() == null ? null : criteria.officerTask().name());
    }

    private static String officerTaskSql() {
        StringBuilder sql = new StringBuilder("(case");
        for (OfficerTask task : OfficerTask.values()) {
            if (task.kind() != null) {
                sql.append(" when w.kind = '").append(task.kind().name()).append("' and w.code = '").append(task.code())
                        .append("' then '").append(task.name()).append("'");
            }
        }
        sql.append(" when w.kind in ('").append(RequiredAction.Kind.OFFICER.name()).append("', '")
                .append(RequiredAction.Kind.REVIEW.name()).append("') then '").append(OfficerTask.OTHER.name())
                .append("' end)");
        return sql.toString();
    }

    /** A searched text is matched literally: LIKE's wildcards and escape are escaped. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Step> steps(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(Step::valueOf).toList();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
