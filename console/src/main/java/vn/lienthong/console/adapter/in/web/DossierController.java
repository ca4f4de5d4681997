package vn.lienthong.console.adapter.in.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.lienthong.console.adapter.out.orchestrator.Fields;
import vn.lienthong.console.adapter.out.orchestrator.OrchestratorApi;

/**
 * One dossier: its page (updating itself), the officer's actions, each confirmed on a page of its
 * own and answered with the API's field errors beside the field, and the family's result sheet.
 */
@Controller
class DossierController {

    private final OrchestratorApi api;
    private final MessageSource messages;

    DossierController(OrchestratorApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/dossiers/{id}")
    String dossier(@PathVariable UUID id, Model model) {
        model.addAttribute("view", DossierView.of(ApiProblem.require(api.get(path(id)))));
        return "dossiers/dossier";
    }

    @GetMapping("/dossiers/{id}/live")
    String live(@PathVariable UUID id, String v, Model model, HttpServletResponse response) {
        var view = DossierView.of(ApiProblem.require(api.get(path(id))));
        if (Live.unchanged(v, view.version(), response)) {
            return null;
        }
        model.addAttribute("view", view);
        return "dossiers/dossier :: live";
    }

    @GetMapping("/dossiers/{id}/sheet")
    String sheet(@PathVariable UUID id, Model model) {
        model.addAttribute("dossier", ApiProblem.require(api.get(path(id))));
        model.addAttribute("today", LocalDate.now(Formats.VIETNAM).toString());
        return "dossiers/sheet";
    }

    @GetMapping("/dossiers/{id}/confirm/{action}")
    String confirm(@PathVariable UUID id, @PathVariable String action, Model model) {
        if (!DossierView.OFFICER_ACTIONS.contains(action)) {
            throw new ApiProblem(new ApiAnswer(404, new Fields(), null));
        }
        model.addAttribute("dossier", ApiProblem.require(api.get(path(id))));
        model.addAttribute("action", action);
        return "dossiers/confirm";
    }

    @PostMapping("/dossiers/{id}/officer-actions")
    String officerAction(@PathVariable UUID id, @RequestParam String action,
                         @RequestParam(required = false) String note, Model model, Locale locale,
                         RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("note", blankToNull(note));
        ApiAnswer answer = api.post(path(id) + "/officer-actions", body);
        if (answer.ok()) {
            redirect.addFlashAttribute("notice", messages.getMessage("dossier.done", null, locale));
            return "redirect:/dossiers/" + id;
        }
        rejected(answer, model, locale);
        model.addAttribute("dossier", ApiProblem.require(api.get(path(id))));
        model.addAttribute("action", action);
        model.addAttribute("note", note);
        return "dossiers/confirm";
    }

    @GetMapping("/dossiers/{id}/manual-id-number")
    String manualIdNumberForm(@PathVariable UUID id, Model model) {
        model.addAttribute("dossier", ApiProblem.require(api.get(path(id))));
        return "dossiers/manual-id-number";
    }

    @PostMapping("/dossiers/{id}/manual-id-number")
    String manualIdNumber(@PathVariable UUID id, @RequestParam(required = false) String personalIdNumber,
                          @RequestParam(required = false) String note, Model model, Locale locale,
                          RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalIdNumber", personalIdNumber == null ? null : personalIdNumber.strip());
        body.put("note", blankToNull(note));
        ApiAnswer answer = api.post(path(id) + "/manual-id-number", body);
        if (answer.ok()) {
            redirect.addFlashAttribute("notice", messages.getMessage("manual.done", null, locale));
            return "redirect:/dossiers/" + id;
        }
        rejected(answer, model, locale);
        // A number the rules refuse (wrong sex or year) is the number's fault: shown beside it.
        if (answer.status() == 422 && answer.fieldErrors(locale).isEmpty()) {
            model.addAttribute("errors", Map.of("personalIdNumber", answer.message(locale)));
        }
        response.setStatus(answer.status() >= 500 ? 502 : answer.status());
        model.addAttribute("dossier", ApiProblem.require(api.get(path(id))));
        model.addAttribute("personalIdNumber", personalIdNumber);
        model.addAttribute("note", note);
        return "dossiers/manual-id-number";
    }

    @GetMapping("/dossiers/{id}/supplement")
    String supplementForm(@PathVariable UUID id, Model model) {
        Fields dossier = ApiProblem.require(api.get(path(id)));
        model.addAttribute("dossier", dossier);
        model.addAttribute("fields", DossierView.correctable(dossier));
        return "dossiers/supplement";
    }

    @PostMapping("/dossiers/{id}/supplement")
    String supplement(@PathVariable UUID id, @RequestParam Map<String, String> submitted, Model model, Locale locale,
                      RedirectAttributes redirect, HttpServletResponse response) {
        Fields dossier = ApiProblem.require(api.get(path(id)));
        Map<String, String> fields = DossierView.correctable(dossier);
        Map<String, String> corrected = new LinkedHashMap<>();
        fields.keySet().forEach(path -> corrected.put(path, submitted.getOrDefault("field." + path, "").strip()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changes", DossierView.changes(corrected));
        body.put("note", blankToNull(submitted.get("note")));
        ApiAnswer answer = api.post(path(id) + "/supplements", body);
        if (answer.ok()) {
            redirect.addFlashAttribute("notice", messages.getMessage("supplement.done", null, locale));
            return "redirect:/dossiers/" + id;
        }
        rejected(answer, model, locale);
        response.setStatus(answer.status() >= 500 ? 502 : answer.status());
        model.addAttribute("dossier", dossier);
        model.addAttribute("fields", corrected);
        model.addAttribute("note", submitted.get("note"));
        return "dossiers/supplement";
    }

    /** The API's refusal on the form: its message at the top, each field's beside the field. */
    static void rejected(ApiAnswer answer, Model model, Locale locale) {
        if (answer.notFound() || answer.forbidden() || answer.status() >= 500) {
            throw new ApiProblem(answer);
        }
        model.addAttribute("problem", answer.message(locale));
        model.addAttribute("errors", answer.fieldErrors(locale));
    }

    private static String path(UUID id) {
        return "/api/v1/dossiers/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
