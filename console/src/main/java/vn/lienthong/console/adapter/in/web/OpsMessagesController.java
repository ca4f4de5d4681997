package vn.lienthong.console.adapter.in.web;

import java.util.LinkedHashMap;
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

/**
 * Ops: dead letters (with headers and payload) and parked messages, each with its redrive, which
 * the API allows once.
 */
@Controller
class OpsMessagesController {

    private final OrchestratorApi api;
    private final MessageSource messages;

    OpsMessagesController(OrchestratorApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/ops/dead-letters")
    String deadLetters(@RequestParam(required = false) String topic, @RequestParam(required = false) String limit,
                       Model model, Locale locale) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("topic", topic);
        query.put("limit", limit);
        ApiAnswer answer = api.get("/api/v1/ops/dead-letters", query);
        if (answer.status() == 400) {
            model.addAttribute("filterErrors", answer.fieldErrors(locale));
            model.addAttribute("filterProblem", answer.message(locale));
            model.addAttribute("allTopics", ApiProblem.require(api.get("/api/v1/ops/dead-letters",
                    Map.of("limit", 1))).get("topics"));
        } else {
            var listing = ApiProblem.require(answer);
            model.addAttribute("result", listing);
            model.addAttribute("allTopics", topic == null || topic.isBlank() ? listing.get("topics")
                    : ApiProblem.require(api.get("/api/v1/ops/dead-letters", Map.of("limit", 1))).get("topics"));
        }
        model.addAttribute("topic", topic);
        model.addAttribute("limit", limit);
        return "ops/dead-letters";
    }

    @GetMapping("/ops/dead-letters/{topic}/{partition}/{offset}")
    String deadLetter(@PathVariable String topic, @PathVariable long partition, @PathVariable long offset, Model model,
                      Locale locale) {
        model.addAttribute("letter", ApiProblem.require(api.get(letterPath(topic, partition, offset))));
        model.addAttribute("confirm", deadLetterRedrive(topic, partition, offset, locale));
        return "ops/dead-letter";
    }

    @PostMapping("/ops/dead-letters/{topic}/{partition}/{offset}/redrive")
    String redriveDeadLetter(@PathVariable String topic, @PathVariable long partition, @PathVariable long offset,
                             @RequestParam(required = false) String reason, Model model, Locale locale,
                             RedirectAttributes redirect, HttpServletResponse response) {
        ApiAnswer answer = api.post(letterPath(topic, partition, offset) + "/redrive",
                Map.of("reason", reason == null ? "" : reason));
        if (answer.ok()) {
            redirect.addFlashAttribute("notice", messages.getMessage("ops.dlt.done", null, locale));
            return "redirect:/ops/dead-letters/" + topic + "/" + partition + "/" + offset;
        }
        DossierController.rejected(answer, model, locale);
        response.setStatus(answer.status());
        model.addAttribute("letter", ApiProblem.require(api.get(letterPath(topic, partition, offset))));
        model.addAttribute("confirm", deadLetterRedrive(topic, partition, offset, locale));
        model.addAttribute("reason", reason);
        return "ops/dead-letter";
    }

    private Confirmation deadLetterRedrive(String topic, long partition, long offset, Locale locale) {
        return new Confirmation(messages.getMessage("ops.dlt.redrive", null, locale),
                messages.getMessage("ops.dlt.redrive.explain", null, locale),
                "/ops/dead-letters/" + topic + "/" + partition + "/" + offset + "/redrive", Map.of(), Map.of(),
                "/ops/dead-letters");
    }

    private static String letterPath(String topic, long partition, long offset) {
        return "/api/v1/ops/dead-letters/" + Query.segment(topic) + "/" + partition + "/" + offset;
    }

    @GetMapping("/ops/parked")
    String parked(@RequestParam(required = false) String topic, @RequestParam(required = false) Integer page,
                  Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("topic", topic);
        query.put("page", page == null ? 0 : page);
        query.put("size", 50);
        model.addAttribute("result", ApiProblem.require(api.get("/api/v1/ops/parked-messages", query)));
        model.addAttribute("topic", topic);
        return "ops/parked";
    }

    @GetMapping("/ops/parked/{id}")
    String parkedMessage(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("parked", ApiProblem.require(api.get("/api/v1/ops/parked-messages/" + id)));
        model.addAttribute("confirm", parkedRedrive(id, locale));
        return "ops/parked-message";
    }

    @PostMapping("/ops/parked/{id}/redrive")
    String redriveParked(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                         Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ApiAnswer answer = api.post("/api/v1/ops/parked-messages/" + id + "/redrive",
                Map.of("reason", reason == null ? "" : reason));
        if (answer.ok()) {
            redirect.addFlashAttribute("notice", messages.getMessage("ops.parked.done", null, locale));
            return "redirect:/ops/parked/" + id;
        }
        DossierController.rejected(answer, model, locale);
        response.setStatus(answer.status());
        model.addAttribute("parked", ApiProblem.require(api.get("/api/v1/ops/parked-messages/" + id)));
        model.addAttribute("confirm", parkedRedrive(id, locale));
        model.addAttribute("reason", reason);
        return "ops/parked-message";
    }

    private Confirmation parkedRedrive(long id, Locale locale) {
        return new Confirmation(messages.getMessage("ops.parked.redrive", null, locale),
                messages.getMessage("ops.parked.redrive.explain", null, locale), "/ops/parked/" + id + "/redrive",
                Map.of(), Map.of(), "/ops/parked");
    }
}
