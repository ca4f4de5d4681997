package vn.lienthong.deploy.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.population.Death;
import vn.lienthong.deploy.population.Family;
import vn.lienthong.deploy.population.PortalDeathDossiers;
import vn.lienthong.deploy.population.PortalDossiers;

/**
 * Submits the portal's example dossiers of both procedures (a birth, a death) and a few synthetic
 * ones of each, then shows each one's status as it changes until every dossier is completed (or
 * needs a person). The synthetic deaths include one whose funeral allowance social insurance
 * refuses: the dossier completes with the reasoned refusal.
 */
final class Demo {

    private static final Map<String, String> STATUS_VI = Map.of(
            "RECEIVED", "Đã tiếp nhận",
            "IN_PROGRESS", "Đang giải quyết",
            "ACTION_REQUIRED", "Cần người xử lý",
            "COMPLETED", "Đã hoàn thành",
            "REFUSED", "Từ chối");

    private final PortalConsole portal;
    private final PrintStream out;

    Demo(PortalConsole portal, PrintStream out) {
        this.portal = portal;
        this.out = out;
    }

    /** Returns true when every dossier completed. */
    boolean run(List<Family> families, List<Death> deaths) {
        Map<String, String> dossiers = new LinkedHashMap<>();
        submit(PortalConsole.exampleDossier(), dossiers);
        families.forEach(family -> submit(PortalDossiers.tree(family), dossiers));
        submit(PortalConsole.exampleDeathDossier(), dossiers);
        deaths.forEach(death -> submit(PortalDeathDossiers.tree(death), dossiers));

        Instant start = Instant.now();
        Map<String, String> lastStatus = new LinkedHashMap<>();
        Map<String, JsonNode> finalState = new LinkedHashMap<>();
        while (finalState.size() < dossiers.size() && Duration.between(start, Instant.now()).toSeconds() < 180) {
            for (var entry : dossiers.entrySet()) {
                if (finalState.containsKey(entry.getKey())) {
                    continue;
                }
                JsonNode dossier = portal.dossier(entry.getKey());
                String status = dossier.get("status").asString();
                if (!status.equals(lastStatus.get(entry.getKey()))) {
                    lastStatus.put(entry.getKey(), status);
                    out.printf("  [%5.1fs] %-24s %s / %s%n", Duration.between(start, Instant.now()).toMillis() / 1000.0,
                            entry.getValue(), STATUS_VI.get(status), status);
                }
                if (status.equals("COMPLETED") || status.equals("REFUSED") || status.equals("ACTION_REQUIRED")) {
                    finalState.put(entry.getKey(), dossier);
                }
            }
            pause();
        }
        return summarise(dossiers, finalState);
    }

    private void submit(JsonNode dossier, Map<String, String> dossiers) {
        var answer = portal.submit(dossier);
        String code = dossier.get("portalDossierCode").asString();
        if (answer.status() != 202) {
            out.printf("  %s: bị từ chối / rejected (%d) %s%n", code, answer.status(), answer.body());
            return;
        }
        dossiers.put(answer.body().get("dossierId").asString(), code);
        out.printf("  Đã nộp / submitted %-24s → %s%n", code, answer.body().get("dossierId").asString());
    }

    private boolean summarise(Map<String, String> dossiers, Map<String, JsonNode> finalState) {
        out.println();
        out.println("  Kết quả / Results");
        List<String> notCompleted = new ArrayList<>();
        for (var entry : dossiers.entrySet()) {
            JsonNode dossier = finalState.getOrDefault(entry.getKey(), portal.dossier(entry.getKey()));
            String status = dossier.get("status").asString();
            out.printf("  %s  %s / %s%n", entry.getValue(), STATUS_VI.get(status), status);
            if (!status.equals("COMPLETED")) {
                notCompleted.add(entry.getValue());
                dossier.path("requiredActions").forEach(action ->
                        out.printf("      %s / %s%n", action.get("messageVi").asString(), action.get("messageEn").asString()));
                continue;
            }
            JsonNode results = dossier.get("results");
            if ("DEATH".equals(dossier.path("procedure").asString(""))) {
                printDeath(results);
                continue;
            }
            out.printf("      Số định danh cá nhân / personal ID number: %s%n", results.get("personalIdNumber").asString());
            out.printf("      Giấy khai sinh / birth certificate:       %s (quyển %s, số %d)%n",
                    results.at("/birthRegistration/birthCertificateNumber").asString(),
                    results.at("/birthRegistration/registerVolume").asString(),
                    results.at("/birthRegistration/entryNumber").asInt());
            out.printf("      Thường trú / permanent residence:         %s, %s%n",
                    results.at("/residence/registrationNumber").asString(),
                    results.at("/residence/registeredAddress").asString());
            out.printf("      Thẻ BHYT / health-insurance card:         %s, %s → %s%n",
                    results.at("/healthInsuranceCard/cardNumber").asString(),
                    results.at("/healthInsuranceCard/validFrom").asString(),
                    results.at("/healthInsuranceCard/validTo").asString());
        }
        out.println();
        return notCompleted.isEmpty();
    }

    private void printDeath(JsonNode results) {
        out.printf("      Trích lục khai tử / death extract:        %s (quyển %s, số %d)%n",
                results.at("/deathRegistration/deathExtractNumber").asString(),
                results.at("/deathRegistration/registerVolume").asString(),
                results.at("/deathRegistration/entryNumber").asInt());
        JsonNode removal = results.path("residenceRemoval");
        out.printf("      Xóa thường trú / residence removal:       %s%s%n", removal.path("outcome").asString(""),
                removal.path("householdNeedsNewHead").asBoolean(false)
                        ? " — hộ cần chủ hộ mới / the household needs a new head" : "");
        JsonNode allowance = results.path("funeralAllowance");
        if (allowance.path("decision").asString("").equals("GRANTED")) {
            out.printf("      Trợ cấp mai táng / funeral allowance:     %,d VND%n", allowance.path("amountVnd").asLong());
        } else if (!allowance.isMissingNode()) {
            out.printf("      Trợ cấp mai táng / funeral allowance:     từ chối / refused (%s): %s%n",
                    allowance.path("refusalCode").asString(""), allowance.path("messageVi").asString(""));
        }
        out.printf("      CSDL dân cư / population database:        đã ghi nhận / recorded (%s)%n",
                results.at("/deathRecord/deathExtractNumber").asString(""));
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
