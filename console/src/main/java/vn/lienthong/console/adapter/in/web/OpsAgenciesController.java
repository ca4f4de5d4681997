package vn.lienthong.console.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.console.adapter.out.orchestrator.ApiAnswer;
import vn.lienthong.console.adapter.out.orchestrator.OrchestratorApi;

/** Ops: each agency, paused or not (by whom, since when, why), its waiting steps and circuit breaker. */
@Controller
class OpsAgenciesController {

    static final List<String> AGENCIES = List.of("POPULATION_DATABASE", "CIVIL_REGISTRY", "RESIDENCE", "HEALTH_INSURANCE");

    private final OrchestratorApi api;
    private final MessageSource messages;

    OpsAgenciesController(OrchestratorApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/ops/agencies")
    String agencies(Model model) {
        model.addAttribute("agencies", ApiProblem.require(api.get("/api/v1/ops/agencies")).list("agencies"));
        return "ops/agencies";
    }

    /** {@code change}: {@code pause} or {@code resume}. */
    @GetMapping("/ops/agencies/{agency}/{change}")
    String confirm(@PathVariable String agency, @PathVariable String change, Model model, Locale locale) {
        model.addAttribute("confirm", confirmation(agency, change, locale));
        return "ops/confirm";
    }

    @PostMapping("/ops/agencies/{agency}/{change}")
    String change(@PathVariable String agency, @PathVariable String change,
                  @RequestParam(required = false) String reason, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        var confirmation = confirmation(agency, change, locale);
        String path = "/api/v1/ops/agencies/" + agency + "/pause";
        Map<String, String> body = Map.of("reason", reason == null ? "" : reason);
        ApiAnswer answer = change.equals("pause") ? api.put(path, body) : api.delete(path, body);
        if (answer.ok()) {
            redirect.addFlashAttribute("notice", messages.getMessage("ops.agencies.done", null, locale));
            return "redirect:/ops/agencies";
        }
        return OpsStepsController.refusedAgain(answer, confirmation, reason, model, locale, response);
    }

    private Confirmation confirmation(String agency, String change, Locale locale) {
        if (!AGENCIES.contains(agency) || !List.of("pause", "resume").contains(change)) {
            throw new ApiProblem(new ApiAnswer(404, new vn.lienthong.console.adapter.out.orchestrator.Fields(), null));
        }
        String name = messages.getMessage("agency." + agency, null, locale);
        return new Confirmation(messages.getMessage("ops.agencies." + change + ".title", new Object[] {name}, locale),
                messages.getMessage("ops.agencies." + change + ".explain", null, locale),
                "/ops/agencies/" + agency + "/" + change, Map.of(), Map.of(), "/ops/agencies");
    }
}
