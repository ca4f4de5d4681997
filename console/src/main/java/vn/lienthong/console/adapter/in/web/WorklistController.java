package vn.lienthong.console.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.console.adapter.out.orchestrator.ApiAnswer;
import vn.lienthong.console.adapter.out.orchestrator.OrchestratorApi;

/**
 * The officer's worklist and "waiting for me": the dossiers of the officer's communes (the API
 * decides which), with filters, search and paging; each list updates itself by polling.
 */
@Controller
class WorklistController {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("RECEIVED", "IN_PROGRESS", "ACTION_REQUIRED", "COMPLETED", "REFUSED");
    static final List<String> STEPS = List.of("ID_NUMBER", "BIRTH_REGISTRATION", "RESIDENCE", "HEALTH_INSURANCE");
    static final List<String> TASKS = List.of("ORIGINAL_BIRTH_STATEMENT", "PARENT_DATA_REVIEW",
            "ID_NUMBER_FROM_COMMUNE_POLICE", "PERMISSION_REFUSED", "POSSIBLE_DUPLICATE", "OTHER");

    private final OrchestratorApi api;

    WorklistController(OrchestratorApi api) {
        this.api = api;
    }

    /** The worklist's filters, as the page's form and query string carry them. */
    record Filter(String q, String status, String step, String overdue, String receivedFrom, String receivedTo,
                  String communeCode, String officerTask, Integer page) {

        int pageNumber() {
            return page == null || page < 0 ? 0 : page;
        }

        Map<String, Object> query(boolean officersQueue) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("q", q);
            query.put("status", status);
            query.put("step", step);
            query.put("overdue", overdue);
            query.put("receivedFrom", receivedFrom);
            query.put("receivedTo", receivedTo);
            query.put("communeCode", communeCode);
            query.put("officerTask", officerTask);
            if (officersQueue) {
                query.put("waitingFor", "OFFICER");
            }
            query.put("page", pageNumber());
            query.put("size", PAGE_SIZE);
            return query;
        }
    }

    @GetMapping("/")
    String home(Authentication person) {
        boolean ops = person.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OPS"));
        boolean staff = person.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_COMMUNE_OFFICER")
                || a.getAuthority().equals("ROLE_COMMUNE_POLICE"));
        return "redirect:" + (ops && !staff ? "/ops/steps" : "/dossiers");
    }

    @GetMapping("/dossiers")
    String worklist(Filter filter, Model model, Locale locale) {
        return list(filter, false, model, locale, "dossiers/list");
    }

    @GetMapping("/dossiers/live")
    String worklistLive(Filter filter, String v, Model model, Locale locale, HttpServletResponse response) {
        return live(filter, false, v, model, locale, response, "dossiers/list :: live");
    }

    @GetMapping("/tasks")
    String tasks(Filter filter, Model model, Locale locale) {
        return list(filter, true, model, locale, "dossiers/tasks");
    }

    @GetMapping("/tasks/live")
    String tasksLive(Filter filter, String v, Model model, Locale locale, HttpServletResponse response) {
        return live(filter, true, v, model, locale, response, "dossiers/tasks :: live");
    }

    private String list(Filter filter, boolean officersQueue, Model model, Locale locale, String view) {
        ApiAnswer answer = api.get("/api/v1/dossiers", filter.query(officersQueue));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("steps", STEPS);
        model.addAttribute("tasks", TASKS);
        model.addAttribute("communes", ApiProblem.require(api.get("/api/v1/communes")).list("communes"));
        if (answer.ok()) {
            model.addAttribute("result", answer.body());
            model.addAttribute("version", Live.version(answer.body()));
        } else if (answer.status() == 400) {
            // The API checks every filter: its faults are shown beside the filters.
            model.addAttribute("filterErrors", answer.fieldErrors(locale));
            model.addAttribute("filterProblem", answer.message(locale));
        } else {
            throw new ApiProblem(answer);
        }
        model.addAttribute("pageQuery", pageQuery(filter));
        return view;
    }

    private String live(Filter filter, boolean officersQueue, String shown, Model model, Locale locale,
                        HttpServletResponse response, String fragment) {
        var body = ApiProblem.require(api.get("/api/v1/dossiers", filter.query(officersQueue)));
        String version = Live.version(body);
        if (Live.unchanged(shown, version, response)) {
            return null;
        }
        model.addAttribute("filter", filter);
        model.addAttribute("result", body);
        model.addAttribute("version", version);
        model.addAttribute("pageQuery", pageQuery(filter));
        return fragment;
    }

    /** The filter as a query string without the page, for the paging links and the poll. */
    static String pageQuery(Filter filter) {
        var query = filter.query(false);
        query.remove("page");
        query.remove("size");
        return Query.of(query);
    }
}
