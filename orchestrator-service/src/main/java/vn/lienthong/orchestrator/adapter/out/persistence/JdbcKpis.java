package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.orchestrator.application.port.model.kpi.Commune;
import vn.lienthong.orchestrator.application.port.out.kpi.KpiMeasurements;
import vn.lienthong.orchestrator.application.port.out.kpi.KpiScope;
import vn.lienthong.orchestrator.application.port.model.kpi.Kpis;
import vn.lienthong.orchestrator.domain.dossier.OfficerTask;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;

/**
 * The measurements as queries over the dossiers, their steps and their history (definitions in
 * docs/console.md). The database counts per day and commune; percentiles and the roll-up to
 * provinces are computed here from the completed dossiers of the period, so that a province's
 * median is the median of its dossiers, not of its communes' medians.
 */
public class JdbcKpis implements KpiMeasurements {

    /**
     * The history's text of an ID-number answer refusing this system access (a failed lookup) and
     * the start of that of an escalation to the commune police (no lookup at all). The KPI test
     * keeps these equal to what the saga records.
     */
    static final String PERMISSION_DENIED_EN = "The population database denied this system access%";
    static final String ESCALATION_EN = "No number from the population database in time%";

    private static final String SCOPE = " " + """
             left join commune c on c.code = d.registration_commune_code
             where (cast(:visible as text) is null
                    or d.registration_commune_code = any(string_to_array(cast(:visible as text), ',')))
               and (cast(:commune as text) is null or d.registration_commune_code = :commune)
               and (cast(:province as text) is null or c.province_code = :province)""";

    private final JdbcClient jdbc;

    public JdbcKpis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Commune> communes() {
        return jdbc.sql("select code, name, province_code, province_name from commune order by province_code, code")
                .query((row, n) -> new Commune(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                .list();
    }

    private record Received(LocalDate day, String commune, long count) {
    }

    private record Completion(LocalDate day, String commune, boolean onTime, double hours) {
    }

    @Override
    public Kpis measure(KpiScope scope) {
        List<Received> received = bind(jdbc.sql("""
                        select cast(d.received_at at time zone :zone as date) as day, d.registration_commune_code,
                               count(*) from dossier d""" + SCOPE + """
                          and d.received_at >= :start and d.received_at < :end
                        group by 1, 2"""), scope)
                .query((row, n) -> new Received(row.getDate(1).toLocalDate(), row.getString(2), row.getLong(3)))
                .list();
        List<Completion> completions = bind(jdbc.sql("""
                        select cast(h.at at time zone :zone as date) as day, d.registration_commune_code,
                               cast(h.at at time zone :zone as date) <= d.statutory_due_date as on_time,
                               extract(epoch from h.at - d.received_at) / 3600.0 as hours
                        from dossier_history h join dossier d on d.id = h.dossier_id""" + SCOPE + """
                          and h.event = 'COMPLETED' and h.at >= :start and h.at < :end"""), scope)
                .query((row, n) -> new Completion(row.getDate(1).toLocalDate(), row.getString(2), row.getBoolean(3),
                        row.getDouble(4)))
                .list();
        long receivedTotal = received.stream().mapToLong(Received::count).sum();
        long onTime = completions.stream().filter(Completion::onTime).count();
        List<Double> hours = completions.stream().map(Completion::hours).sorted().toList();
        return new Kpis(scope.from(), scope.to(), scope.zone().getId(), receivedTotal, completions.size(),
                daily(scope, received, completions),
                new Kpis.OnTime(completions.size(), onTime, ratio(onTime, completions.size())),
                new Kpis.TimeToComplete(completions.size(), percentile(hours, 0.5), percentile(hours, 0.9)),
                waiting(scope, receivedTotal), lookups(scope),
                areas(received, completions, Function.identity(), communeNames()),
                areas(received, completions, provinceOf(), provinceNames()));
    }

    private static List<Kpis.Day> daily(KpiScope scope, List<Received> received, List<Completion> completions) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = scope.from(); !day.isAfter(scope.to()); day = day.plusDays(1)) {
            days.put(day, new long[2]);
        }
        received.forEach(r -> days.computeIfAbsent(r.day(), any -> new long[2])[0] += r.count());
        completions.forEach(c -> days.computeIfAbsent(c.day(), any -> new long[2])[1]++);
        return days.entrySet().stream().map(e -> new Kpis.Day(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** The dossiers received in the period that wait for a person now, by what their first wait is. */
    private Kpis.Waiting waiting(KpiScope scope, long received) {
        List<Kpis.Reason> reasons = new ArrayList<>();
        bind(jdbc.sql("""
                        select w.kind, w.code, count(*) from dossier d
                        join lateral (
                            select s.required_action ->> 'kind' as kind, s.required_action -> 'reasons' -> 0 ->> 'code' as code
                            from dossier_step s where s.dossier_id = d.id and s.status = 'ACTION_REQUIRED'
                            order by s.status_since, s.step limit 1) w on true""" + SCOPE + """
                          and d.status = 'ACTION_REQUIRED' and d.received_at >= :start and d.received_at < :end
                        group by 1, 2 order by 3 desc, 1, 2"""), scope)
                .query(row -> {
                    String kind = row.getString(1);
                    OfficerTask task = kind == null ? null
                            : OfficerTask.of(RequiredAction.Kind.valueOf(kind), row.getString(2));
                    long count = row.getLong(3);
                    reasons.add(new Kpis.Reason(kind, row.getString(2), task == null ? null : task.name(), count,
                            ratio(count, received)));
                });
        long waiting = reasons.stream().mapToLong(Kpis.Reason::dossiers).sum();
        return new Kpis.Waiting(received, waiting, ratio(waiting, received), reasons);
    }

    /**
     * Every attempt of the ID-number step ends in one history entry: a passing failure
     * (ATTEMPT_FAILED), a number (STEP_COMPLETED), or an answer that needs a person
     * (ACTION_REQUIRED), of which a refused permission is a failure too. An escalation to the
     * commune police is recorded as ACTION_REQUIRED without any attempt: not counted.
     */
    private List<Kpis.HourOfDay> lookups(KpiScope scope) {
        long[][] byHour = new long[24][2];
        bind(jdbc.sql("""
                        select cast(extract(hour from h.at at time zone :zone) as integer) as hour, count(*) as lookups,
                               count(*) filter (where h.event = 'ATTEMPT_FAILED'
                                   or (h.event = 'ACTION_REQUIRED' and h.message_en like :permissionDenied)) as failed
                        from dossier_history h join dossier d on d.id = h.dossier_id""" + SCOPE + """
                          and h.step = 'ID_NUMBER' and h.event in ('ATTEMPT_FAILED', 'STEP_COMPLETED', 'ACTION_REQUIRED')
                          and not (h.event = 'ACTION_REQUIRED' and h.message_en like :escalation)
                          and h.at >= :start and h.at < :end
                        group by 1"""), scope)
                .param("permissionDenied", PERMISSION_DENIED_EN)
                .param("escalation", ESCALATION_EN)
                .query(row -> {
                    byHour[row.getInt(1)][0] = row.getLong(2);
                    byHour[row.getInt(1)][1] = row.getLong(3);
                });
        List<Kpis.HourOfDay> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(new Kpis.HourOfDay(hour, byHour[hour][0], byHour[hour][1], ratio(byHour[hour][1], byHour[hour][0])));
        }
        return hours;
    }

    /** Figures per area: a commune (identity) or its province ({@code areaOf}), largest first. */
    private static List<Kpis.Area> areas(List<Received> received, List<Completion> completions,
                                         Function<String, String> areaOf, Map<String, String[]> names) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, List<Double>> hours = new HashMap<>();
        received.forEach(r -> counts.computeIfAbsent(areaOf.apply(r.commune()), any -> new long[3])[0] += r.count());
        completions.forEach(c -> {
            long[] area = counts.computeIfAbsent(areaOf.apply(c.commune()), any -> new long[3]);
            area[1]++;
            area[2] += c.onTime() ? 1 : 0;
            hours.computeIfAbsent(areaOf.apply(c.commune()), any -> new ArrayList<>()).add(c.hours());
        });
        return counts.entrySet().stream()
                .map(e -> {
                    List<Double> sorted = hours.getOrDefault(e.getKey(), List.of()).stream().sorted().toList();
                    String[] name = names.getOrDefault(e.getKey(), new String[] {null, null});
                    long[] c = e.getValue();
                    return new Kpis.Area(e.getKey(), name[0], name[1], c[0], c[1], c[2], ratio(c[2], c[1]),
                            percentile(sorted, 0.5), percentile(sorted, 0.9));
                })
                .sorted(Comparator.comparingLong(Kpis.Area::received).reversed().thenComparing(Kpis.Area::code))
                .toList();
    }

    private Map<String, String[]> communeNames() {
        Map<String, String[]> names = new HashMap<>();
        communes().forEach(c -> names.put(c.code(), new String[] {c.name(), c.provinceCode()}));
        return names;
    }

    private Map<String, String[]> provinceNames() {
        Map<String, String[]> names = new HashMap<>();
        communes().forEach(c -> names.put(c.provinceCode(), new String[] {c.provinceName(), null}));
        return names;
    }

    /** A commune's province code; a commune the system does not know is its own area, "unknown". */
    private Function<String, String> provinceOf() {
        Map<String, String> provinces = new HashMap<>();
        communes().forEach(c -> provinces.put(c.code(), c.provinceCode()));
        return commune -> provinces.getOrDefault(commune, "unknown");
    }

    /** The linearly interpolated percentile of sorted values, as PostgreSQL's percentile_cont. */
    static Double percentile(List<Double> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return null;
        }
        double position = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        double value = sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
        return Math.round(value * 100) / 100.0;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, KpiScope scope) {
        String visible = scope.visibleCommunes() == null ? null : String.join(",", scope.visibleCommunes());
        return statement
                .param("zone", scope.zone().getId())
                .param("start", Timestamp.from(scope.start()))
                .param("end", Timestamp.from(scope.end()))
                .param("visible", visible)
                .param("commune", scope.communeCode())
                .param("province", scope.provinceCode());
    }

}
