package vn.lienthong.console.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lienthong.console.adapter.out.orchestrator.ApiAnswer;
import vn.lienthong.console.adapter.out.orchestrator.OrchestratorApi;

/**
 * Ops: the audit log, newest first, and the verification of its chain
 * ({@code GET /api/v1/ops/audit/verify}: {@code valid}, {@code entries}, {@code firstBrokenSeq},
 * {@code problem}); a system without that check answers 404, shown as "not available".
 */
@Controller
class OpsAuditController {

    static final List<String> ACTIONS = List.of("REPLAY_STEP", "BULK_REPLAY", "PAUSE_AGENCY", "RESUME_AGENCY",
            "REDRIVE_DEAD_LETTER", "REDRIVE_PARKED_MESSAGE", "VERIFICATION_JOB", "CANCEL_VERIFICATION_JOB",
            "READ_DOSSIER", "LIST_DOSSIERS", "SUBMIT_DOSSIER", "SUPPLEMENT", "OFFICER_ACTION", "MANUAL_ID_NUMBER",
            "READ_DEAD_LETTER", "READ_PARKED_MESSAGE", "READ_VERIFICATION_ITEMS", "VERIFY_AUDIT");

    private final OrchestratorApi api;

    OpsAuditController(OrchestratorApi api) {
        this.api = api;
    }

    @GetMapping("/ops/audit")
    String audit(@RequestParam(required = false) String operator, @RequestParam(required = false) String action,
                 @RequestParam(required = false) Integer page, Model model, Locale locale) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("operator", operator);
        query.put("action", action);
        query.put("page", page == null ? 0 : page);
        query.put("size", 50);
        ApiAnswer answer = api.get("/api/v1/ops/audit", query);
        if (answer.status() == 400) {
            model.addAttribute("filterErrors", answer.fieldErrors(locale));
            model.addAttribute("filterProblem", answer.message(locale));
        } else {
            model.addAttribute("result", ApiProblem.require(answer));
        }
        ApiAnswer chain = api.get("/api/v1/ops/audit/verify");
        model.addAttribute("chain", chain.ok() ? chain.body() : null);
        model.addAttribute("chainUnavailable", !chain.ok());
        model.addAttribute("operator", operator);
        model.addAttribute("action", action);
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("query", Query.of(Map.of("operator", operator == null ? "" : operator,
                "action", action == null ? "" : action)));
        return "ops/audit";
    }
}
