package vn.lienthong.console.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

/**
 * Ops: failed, waiting and stuck steps with every filter of the ops API, the replay of one, and a
 * bulk replay by the same filter whose progress bar follows the job.
 */
@Controller
class OpsStepsController {

    static final List<String> STATES = List.of("FAILED", "WAITING", "STUCK");

    private final OrchestratorApi api;
    private final MessageSource messages;

    OpsStepsController(OrchestratorApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    /** The filter of {@code GET /api/v1/ops/steps}, as the page's form carries it. */
    record StepFilter(String portalDossierCode, String step, String state, String errorKind, String communeCode,
                      String olderThan, Integer page, Integer size) {

        Map<String, Object> query() {
            Map<String, Object> query = criteria();
            query.put("page", page == null ? 0 : page);
            query.put("size", size == null ? 50 : size);
            return query;
        }

        /** The filter alone: what a bulk replay takes. */
        Map<String, Object> criteria() {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("portalDossierCode", portalDossierCode);
            query.put("step", step);
            query.put("state", state);
            query.put("errorKind", errorKind);
            query.put("communeCode", communeCode);
            query.put("olderThan", olderThan);
            return query;
        }
    }

    @GetMapping("/ops/steps")
    String steps(StepFilter filter, Model model, Locale locale) {
        ApiAnswer answer = api.get("/api/v1/ops/steps", filter.query());
        model.addAttribute("filter", filter);
        model.addAttribute("steps", WorklistController.STEPS);
        model.addAttribute("states", STATES);
        if (answer.status() == 400) {
            model.addAttribute("filterErrors", answer.fieldErrors(locale));
            model.addAttribute("filterProblem", answer.message(locale));
        } else {
            model.addAttribute("result", ApiProblem.require(answer));
        }
        model.addAttribute("query", Query.of(filter.criteria()));
        return "ops/steps";
    }

    @GetMapping("/ops/steps/replay")
    String confirmReplay(@RequestParam UUID dossierId, @RequestParam String step, Model model, Locale locale) {
        model.addAttribute("confirm", replayConfirmation(dossierId, step, locale));
        return "ops/confirm";
    }

    @PostMapping("/ops/steps/replay")
    String replay(@RequestParam UUID dossierId, @RequestParam String step, @RequestParam(required = false) String reason,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ApiAnswer answer = api.post("/api/v1/ops/dossiers/" + dossierId + "/steps/" + Query.segment(step) + "/replay",
                Map.of("reason", reason == null ? "" : reason));
        if (answer.ok()) {
            redirect.addFlashAttribute("notice", messages.getMessage("ops.replay.done",
                    new Object[] {answer.body().text("replay"), answer.body().text("status")}, locale));
            return "redirect:/ops/steps";
        }
        return refusedAgain(answer, replayConfirmation(dossierId, step, locale), reason, model, locale, response);
    }

    private Confirmation replayConfirmation(UUID dossierId, String step, Locale locale) {
        return new Confirmation(messages.getMessage("ops.replay.title", new Object[] {step, dossierId}, locale),
                messages.getMessage("ops.replay.explain", null, locale), "/ops/steps/replay",
                Map.of("dossierId", dossierId.toString(), "step", step), Map.of(), "/ops/steps");
    }

    @GetMapping("/ops/replay-jobs/new")
    String confirmBulk(StepFilter filter, Model model, Locale locale) {
        model.addAttribute("confirm", bulkConfirmation(filter, locale));
        return "ops/confirm";
    }

    @PostMapping("/ops/replay-jobs")
    String bulk(StepFilter filter, @RequestParam(required = false) String reason, Model model, Locale locale,
                HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>(filter.criteria());
        body.replaceAll((name, value) -> value == null || value.toString().isBlank() ? null : value);
        body.put("reason", reason == null ? "" : reason);
        ApiAnswer answer = api.post("/api/v1/ops/replay-jobs", body);
        if (answer.ok()) {
            return "redirect:/ops/replay-jobs/" + UUID.fromString(answer.body().text("jobId"));
        }
        return refusedAgain(answer, bulkConfirmation(filter, locale), reason, model, locale, response);
    }

    private Confirmation bulkConfirmation(StepFilter filter, Locale locale) {
        Map<String, String> hidden = new LinkedHashMap<>();
        filter.criteria().forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                hidden.put(name, value.toString());
            }
        });
        return new Confirmation(messages.getMessage("ops.bulk.title", null, locale),
                messages.getMessage("ops.bulk.explain", null, locale), "/ops/replay-jobs", hidden, hidden,
                "/ops/steps?" + Query.of(filter.criteria()));
    }

    @GetMapping("/ops/replay-jobs/{id}")
    String job(@PathVariable UUID id, Model model) {
        var job = ApiProblem.require(api.get("/api/v1/ops/replay-jobs/" + id));
        model.addAttribute("job", job);
        model.addAttribute("version", Live.version(job));
        return "ops/replay-job";
    }

    @GetMapping("/ops/replay-jobs/{id}/progress")
    String progress(@PathVariable UUID id, String v, Model model, HttpServletResponse response) {
        var job = ApiProblem.require(api.get("/api/v1/ops/replay-jobs/" + id));
        String version = Live.version(job);
        if (Live.unchanged(v, version, response)) {
            return null;
        }
        model.addAttribute("job", job);
        model.addAttribute("version", version);
        return "ops/replay-job :: progress";
    }

    /** The confirmation again, with what the API said was wrong. */
    static String refusedAgain(ApiAnswer answer, Confirmation confirmation, String reason, Model model, Locale locale,
                               HttpServletResponse response) {
        DossierController.rejected(answer, model, locale);
        response.setStatus(answer.status());
        model.addAttribute("confirm", confirmation);
        model.addAttribute("reason", reason);
        return "ops/confirm";
    }
}
