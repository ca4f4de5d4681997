package vn.lienthong.console.adapter.in.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.console.adapter.out.orchestrator.ApiAnswer;
import vn.lienthong.console.adapter.out.orchestrator.Fields;
import vn.lienthong.console.adapter.out.orchestrator.OrchestratorApi;

/**
 * Ops: bulk re-verification of ID numbers from an uploaded CSV file, its progress, and its
 * outcomes as a CSV download.
 */
@Controller
class OpsVerificationController {

    private static final int ITEMS_PER_CALL = 200;

    private final OrchestratorApi api;

    OpsVerificationController(OrchestratorApi api) {
        this.api = api;
    }

    @GetMapping("/ops/verification")
    String form() {
        return "ops/verification";
    }

    @PostMapping("/ops/verification")
    String start(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer ratePerSecond,
                 @RequestParam(required = false) String reason, Model model, Locale locale,
                 HttpServletResponse response) throws IOException {
        List<String> numbers = file == null ? List.of() : numbers(new String(file.getBytes(), StandardCharsets.UTF_8));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalIdNumbers", numbers);
        body.put("ratePerSecond", ratePerSecond);
        body.put("reason", reason == null ? "" : reason);
        ApiAnswer answer = api.post("/api/v1/ops/verification-jobs", body);
        if (answer.ok()) {
            return "redirect:/ops/verification/" + UUID.fromString(answer.body().text("jobId"));
        }
        DossierController.rejected(answer, model, locale);
        response.setStatus(answer.status());
        model.addAttribute("read", numbers.size());
        model.addAttribute("reason", reason);
        model.addAttribute("ratePerSecond", ratePerSecond);
        return "ops/verification";
    }

    /**
     * The first column of each line, without quotes; a first line with no digit is a header. What
     * is not a number is sent as it is, so the API names it.
     */
    static List<String> numbers(String csv) {
        List<String> numbers = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String first = lines[i].split("[,;\\t]", 2)[0].replace("\"", "").strip();
            if (first.isEmpty() || (i == 0 && !first.matches(".*\\d.*"))) {
                continue;
            }
            numbers.add(first);
        }
        return numbers;
    }

    @GetMapping("/ops/verification/{id}")
    String job(@PathVariable UUID id, Model model) {
        var job = ApiProblem.require(api.get(jobPath(id)));
        model.addAttribute("job", job);
        model.addAttribute("version", Live.version(job));
        model.addAttribute("items", ApiProblem.require(api.get(jobPath(id) + "/items",
                Map.of("page", 0, "size", 50))));
        return "ops/verification-job";
    }

    @GetMapping("/ops/verification/{id}/progress")
    String progress(@PathVariable UUID id, String v, Model model, HttpServletResponse response) {
        var job = ApiProblem.require(api.get(jobPath(id)));
        String version = Live.version(job);
        if (Live.unchanged(v, version, response)) {
            return null;
        }
        model.addAttribute("job", job);
        model.addAttribute("version", version);
        return "ops/verification-job :: progress";
    }

    /** Every outcome, page by page from the API, as CSV. */
    @GetMapping("/ops/verification/{id}/outcomes.csv")
    void outcomes(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ApiProblem.require(api.get(jobPath(id)));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"verification-" + id + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.println("index,personalIdNumber,outcome,fullName,dateOfBirth,attempts,lastError");
        for (int page = 0; ; page++) {
            Fields items = ApiProblem.require(api.get(jobPath(id) + "/items",
                    Map.of("page", page, "size", ITEMS_PER_CALL)));
            for (Fields item : items.list("items")) {
                out.println(Csv.row(item.get("index"), item.get("personalIdNumber"), item.get("outcome"),
                        item.get("fullName"), item.get("dateOfBirth"), item.get("attempts"), item.get("lastError")));
            }
            if ((long) (page + 1) * ITEMS_PER_CALL >= items.number("totalItems")) {
                break;
            }
        }
        out.flush();
    }

    private static String jobPath(UUID id) {
        return "/api/v1/ops/verification-jobs/" + id;
    }
}
