package vn.lienthong.console.adapter.in.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.console.adapter.out.orchestrator.ApiAnswer;
import vn.lienthong.console.adapter.out.orchestrator.Fields;
import vn.lienthong.console.adapter.out.orchestrator.OrchestratorApi;

/**
 * The KPIs of a period for a commune, a province or every commune the person may see, as the API
 * measures them: tables (each downloadable as CSV) and charts drawn from the same figures.
 */
@Controller
class KpiController {

    static final List<String> TABLES = List.of("daily", "waiting", "lookups", "communes", "provinces");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OrchestratorApi api;
    private final MessageSource messages;

    KpiController(OrchestratorApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    /** {@code scope}: empty (all the person may see), {@code commune:25450} or {@code province:075}. */
    record Period(String from, String to, String scope) {

        Map<String, Object> query() {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("from", from);
            query.put("to", to);
            if (scope != null && scope.startsWith("commune:")) {
                query.put("communeCode", scope.substring(8));
            } else if (scope != null && scope.startsWith("province:")) {
                query.put("province", scope.substring(9));
            }
            return query;
        }
    }

    @GetMapping("/kpis")
    String kpis(Period period, Model model, Locale locale) {
        ApiAnswer answer = api.get("/api/v1/kpis", period.query());
        model.addAttribute("period", period);
        List<Fields> communes = ApiProblem.require(api.get("/api/v1/communes")).list("communes");
        Map<String, String> provinces = new java.util.TreeMap<>();
        communes.forEach(commune -> provinces.put(commune.text("provinceCode"), commune.text("provinceName")));
        model.addAttribute("communes", communes);
        model.addAttribute("provinces", provinces);
        if (answer.status() == 400) {
            model.addAttribute("filterErrors", answer.fieldErrors(locale));
            model.addAttribute("filterProblem", answer.message(locale));
        } else {
            Fields kpis = ApiProblem.require(answer);
            model.addAttribute("kpis", kpis);
            // The charts' data, read by kpi-charts.js; "</" cannot end the data block early.
            model.addAttribute("chartData", JSON.writeValueAsString(chartData(kpis, locale)).replace("</", "<\\/"));
        }
        model.addAttribute("query", Query.of(period.query()));
        model.addAttribute("scopeQuery", Query.of(Map.of("from", period.from() == null ? "" : period.from(),
                "to", period.to() == null ? "" : period.to(), "scope", period.scope() == null ? "" : period.scope())));
        return "kpis";
    }

    private Map<String, Object> chartData(Fields kpis, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("days", kpis.list("daily").stream().map(day -> day.text("date")).toList());
        data.put("received", kpis.list("daily").stream().map(day -> day.number("received")).toList());
        data.put("completed", kpis.list("daily").stream().map(day -> day.number("completed")).toList());
        data.put("hours", kpis.list("idNumberLookups").stream().map(hour -> hour.number("hour")).toList());
        data.put("failureRate", kpis.list("idNumberLookups").stream()
                .map(hour -> hour.get("failureRate") == null ? 0 : hour.get("failureRate")).toList());
        data.put("waiting", kpis.object("waitingForPerson").list("byReason").stream()
                .map(reason -> Map.of("name", reasonLabel(reason, locale), "value", reason.number("dossiers"))).toList());
        data.put("labels", Map.of(
                "received", messages.getMessage("kpi.col.received", null, locale),
                "completed", messages.getMessage("kpi.col.completed", null, locale),
                "failureRate", messages.getMessage("kpi.col.failureRate", null, locale)));
        return data;
    }

    private String reasonLabel(Fields reason, Locale locale) {
        if (reason.text("officerTask") != null) {
            return messages.getMessage("task." + reason.text("officerTask"), null, locale);
        }
        return messages.getMessage("kind." + reason.text("waitingFor"), null, reason.text("waitingFor"), locale)
                + (reason.text("reason") == null ? "" : " (" + reason.text("reason") + ")");
    }

    @GetMapping("/kpis/{table}.csv")
    void csv(@PathVariable String table, Period period, HttpServletResponse response, Locale locale) throws IOException {
        if (!TABLES.contains(table)) {
            throw new ApiProblem(new ApiAnswer(404, new Fields(), null));
        }
        Fields kpis = ApiProblem.require(api.get("/api/v1/kpis", period.query()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"kpi-" + table + "-" + kpis.text("from") + "-"
                + kpis.text("to") + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        switch (table) {
            case "daily" -> {
                out.println("date,received,completed");
                kpis.list("daily").forEach(day -> out.println(Csv.row(day.get("date"), day.get("received"),
                        day.get("completed"))));
            }
            case "waiting" -> {
                out.println("waitingFor,reason,officerTask,label,dossiers,shareOfReceived");
                kpis.object("waitingForPerson").list("byReason").forEach(reason -> out.println(Csv.row(
                        reason.get("waitingFor"), reason.get("reason"), reason.get("officerTask"),
                        reasonLabel(reason, locale), reason.get("dossiers"), reason.get("share"))));
            }
            case "lookups" -> {
                out.println("hour,lookups,failed,failureRate");
                kpis.list("idNumberLookups").forEach(hour -> out.println(Csv.row(hour.get("hour"), hour.get("lookups"),
                        hour.get("failed"), hour.get("failureRate"))));
            }
            default -> {
                out.println("code,name,provinceCode,received,completed,onTime,onTimeRate,medianHours,p90Hours");
                kpis.list(table.equals("communes") ? "byCommune" : "byProvince").forEach(area -> out.println(Csv.row(
                        area.get("code"), area.get("name"), area.get("provinceCode"), area.get("received"),
                        area.get("completed"), area.get("onTime"), area.get("onTimeRate"), area.get("medianHours"),
                        area.get("p90Hours"))));
            }
        }
        out.flush();
    }
}
