package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.DriverManager;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.Communes;
import vn.lienthong.deploy.population.Family;
import vn.lienthong.deploy.population.PortalDossiers;

/**
 * The console in a real headless Chromium against the whole system as the local run starts it:
 * officers and ops sign in on the identity provider's page and do their work by hand, as a person
 * would; every page passes axe-core and the page budget, and leaves a screenshot in
 * target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String OPS = "vanhanh.075";

    private static LocalSystem system;
    private static String console;
    private static String password;
    /** A synthetic family's dossier, born outside a health facility. */
    private static String dossierId;
    private static String commune;
    private static String childName;
    private static final List<String> checkedPages = new ArrayList<>();

    @BeforeAll
    static void aSyntheticFamilyAppliesOnThePortal() {
        system = RunningSystem.get();
        console = system.url(Service.CONSOLE);
        password = system.secrets().demoPassword();
        Family family = families(false).get(0);
        ObjectNode dossier = PortalDossiers.tree(family);
        commune = dossier.get("registrationCommuneCode").asString();
        childName = dossier.at("/child/fullName").asString();
        var answer = RunningSystem.portal().submit(dossier);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(202);
        dossierId = answer.body().get("dossierId").asString();
    }

    @AfterAll
    static void pagesChecked() {
        System.out.println("Pages checked (axe-core, weight): " + checkedPages);
    }

    @Test
    @Order(1)
    void anOfficerFindsTheFamilyByANameWithoutMarksConfirmsTheOriginalStatementAndSeesItCompleteWithoutReloading() {
        try (Browser browser = new Browser()) {
            browser.signIn(console, RunningSystem.officerUsername(commune), password);
            browser.check("01-worklist");
            browser.find("body").sendKeys(Keys.TAB);
            assertThat(browser.script("return document.activeElement.className")).as("first stop: skip link").isEqualTo("skip");

            browser.type("#q", withoutMarks(childName));
            browser.click("#search");
            browser.find("tr[data-dossier-id='" + dossierId + "']");
            assertThat(browser.all("tr[data-dossier-id] td:nth-child(2)")).as("every dossier found has the name typed")
                    .allSatisfy(child -> assertThat(withoutMarks(child.getText())).contains(withoutMarks(childName)));
            browser.check("02-worklist-search");

            browser.open(console + "/tasks");
            browser.until(Duration.ofSeconds(60), d -> !d.findElements(
                    By.cssSelector("tr[data-dossier-id='" + dossierId + "']")).isEmpty());
            assertThat(browser.text("tr[data-dossier-id='" + dossierId + "'] td"))
                    .isEqualTo("Xem bản chính văn bản xác nhận việc sinh");
            browser.check("03-waiting-for-me");

            browser.click("tr[data-dossier-id='" + dossierId + "'] a");
            browser.find("#action-ORIGINAL_BIRTH_STATEMENT_SEEN");
            assertThat(browser.text("#form-child-name")).isEqualTo(childName);
            browser.check("04-dossier-waiting");
            browser.click("#action-ORIGINAL_BIRTH_STATEMENT_SEEN");
            browser.check("05-confirm-original-statement");
            browser.type("#note", "Đã xem bản chính tại bộ phận một cửa");
            browser.click("#confirm");

            browser.find("p.notice");
            browser.script("window.stayedOnThePage = true;");
            browser.until(Duration.ofSeconds(120), d -> "COMPLETED".equals(
                    d.findElement(By.id("dossier-status")).getDomAttribute("data-status")));
            assertThat(browser.script("return window.stayedOnThePage === true;")).as("updated without a reload").isEqualTo(true);
            assertThat(browser.text("#result-id-number")).matches("\\d{12}");
            browser.check("06-dossier-completed");

            browser.click("#print-sheet");
            assertThat(browser.text("h1")).isEqualTo("Phiếu kết quả giải quyết hồ sơ liên thông");
            browser.check("07-result-sheet");
            checkedPages.addAll(browser.checked());
        }
    }

    @Test
    @Order(2)
    void anOfficerOfAnotherCommuneFindsNothingOfItByListSearchOrAddress() {
        String other = Communes.ALL.stream().map(c -> c.code())
                .filter(code -> !RunningSystem.officerUsername(code).equals(RunningSystem.officerUsername(commune)))
                .findFirst().orElseThrow();
        try (Browser browser = new Browser()) {
            browser.signIn(console, RunningSystem.officerUsername(other), password);
            browser.type("#q", withoutMarks(childName));
            browser.click("#search");
            browser.find("#worklist");
            assertThat(browser.all("tr[data-dossier-id='" + dossierId + "']")).isEmpty();
            browser.open(console + "/dossiers?size=100");
            assertThat(browser.all("tr[data-dossier-id='" + dossierId + "']")).isEmpty();
            browser.open(console + "/dossiers/" + dossierId);
            assertThat(browser.text("#page-problem")).isEqualTo("Không tìm thấy, hoặc bạn không được xem.");
            assertThat(browser.driver().getPageSource()).doesNotContain(childName);
            browser.check("08-not-found");
            checkedPages.addAll(browser.checked());
        }
    }

    @Test
    @Order(3)
    void anEscalatedIdNumberIsRecordedAWrongNumberFirstThenTheRightOne() throws Exception {
        Family family = families(true).get(0);
        ObjectNode dossier = PortalDossiers.tree(family);
        String escalated;
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.OUTAGE);
        try {
            escalated = RunningSystem.portal().submit(dossier).body().get("dossierId").asString();
            await().atMost(Duration.ofSeconds(60)).until(() -> step(escalated, "ID_NUMBER").matches("WAITING_RETRY|SCHEDULED"));
            // Four hours without a number, as a day of outages would leave it: the escalation job acts.
            try (var db = DriverManager.getConnection(system.jdbcUrl("orchestrator"), system.databaseUser(), "");
                 var update = db.prepareStatement("update dossier set received_at = received_at - interval '5 hours' where id = ?")) {
                update.setObject(1, UUID.fromString(escalated));
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> "OBTAIN_NUMBER_FROM_COMMUNE_POLICE".equals(
                    RunningSystem.portal().dossier(escalated).at("/requiredActions/0/reasons/0/code").asString("")));
        } finally {
            PopulationDatabaseFaults.set(PopulationDatabaseFaults.NONE);
        }
        String number = numberFromTheCommunePolice(dossier);
        String wrong = number.substring(0, 3) + (char) (number.charAt(3) ^ 1) + number.substring(4);
        String officeCommune = dossier.get("registrationCommuneCode").asString();

        try (Browser browser = new Browser()) {
            browser.signIn(console, RunningSystem.officerUsername(officeCommune), password);
            browser.open(console + "/tasks?officerTask=ID_NUMBER_FROM_COMMUNE_POLICE");
            browser.click("tr[data-dossier-id='" + escalated + "'] a");
            browser.click("#action-manual-id-number");
            browser.check("09-manual-id-number");
            browser.type("#personalIdNumber", wrong);
            browser.click("#confirm");
            assertThat(browser.text("#personalIdNumber-error"))
                    .isEqualTo("Số định danh phải có 12 chữ số, có chữ số thế kỷ, giới tính và năm sinh khớp với trẻ.");
            assertThat(browser.find("#personalIdNumber").getDomAttribute("aria-invalid")).isEqualTo("true");
            browser.check("10-manual-id-number-field-error");
            browser.type("#personalIdNumber", number);
            browser.click("#confirm");
            browser.find("p.notice");
            browser.until(Duration.ofSeconds(60), d -> number.equals(d.findElement(By.id("result-id-number")).getText()));
            checkedPages.addAll(browser.checked());
        }
        assertThat(Dossiers.awaitDone(RunningSystem.portal(), escalated).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    @Order(4)
    void opsReplayAFailedStepRunABulkReplayWatchingItsProgressAndPauseAndResumeAnAgency() {
        PortalConsole portal = RunningSystem.portal();
        List<String> refused = new ArrayList<>();
        PopulationDatabaseFaults.set(PopulationDatabaseFaults.PERMISSION_DENIED);
        try {
            for (int i = 0; i < 3; i++) {
                refused.add(portal.submit(Dossiers.aTypicalDossier().json()).body().get("dossierId").asString());
            }
            refused.forEach(id -> Dossiers.awaitStatus(portal, id, Set.of("ACTION_REQUIRED")));
        } finally {
            PopulationDatabaseFaults.set(PopulationDatabaseFaults.NONE);
        }
        try (Browser browser = new Browser()) {
            browser.signIn(console, OPS, password);
            browser.open(console + "/ops/steps?communeCode=25450&state=FAILED&step=ID_NUMBER&size=200");
            browser.find("tr[data-dossier-id='" + refused.get(0) + "']");
            browser.check("11-ops-steps");

            browser.click("#replay-" + refused.get(0) + "-ID_NUMBER");
            browser.check("12-ops-replay-confirm");
            browser.click("#confirm");
            assertThat(browser.text("#reason-error")).isEqualTo("Lý do là bắt buộc.");
            browser.type("#reason", "CSDL dân cư đã cấp lại quyền");
            browser.click("#confirm");
            assertThat(browser.text("p.notice")).startsWith("Đã chạy lại");
            assertThat(Dossiers.awaitDone(portal, refused.get(0)).get("status").asString()).isEqualTo("COMPLETED");

            browser.open(console + "/ops/steps?communeCode=25450&state=FAILED&step=ID_NUMBER");
            browser.click("#bulk-replay");
            browser.type("#reason", "Chạy lại các hồ sơ bị từ chối quyền");
            browser.click("#confirm");
            browser.find("#job-bar");
            browser.script("window.stayedOnThePage = true;");
            browser.until(Duration.ofSeconds(60), d -> !"RUNNING".equals(
                    d.findElement(By.id("job-status")).getDomAttribute("data-status")));
            assertThat(browser.find("#job-status").getDomAttribute("data-status")).isEqualTo("DONE");
            assertThat(browser.find("#job-bar").getDomProperty("value"))
                    .isEqualTo(browser.find("#job-bar").getDomProperty("max"));
            assertThat(browser.script("return window.stayedOnThePage === true;")).isEqualTo(true);
            browser.check("13-ops-bulk-replay-progress");
            for (String id : refused.subList(1, refused.size())) {
                assertThat(Dossiers.awaitDone(portal, id).get("status").asString()).isEqualTo("COMPLETED");
            }

            browser.open(console + "/ops/agencies");
            browser.check("14-ops-agencies");
            browser.click("#pause-CIVIL_REGISTRY");
            browser.type("#reason", "Bộ Tư pháp bảo trì 18:00–20:00");
            browser.click("#confirm");
            browser.find("p.notice");
            assertThat(browser.find("#agency-CIVIL_REGISTRY").getDomAttribute("data-paused")).isEqualTo("true");
            assertThat(browser.text("#agency-CIVIL_REGISTRY")).contains(OPS).contains("Bộ Tư pháp bảo trì 18:00–20:00");
            assertThat(browser.text("#agency-POPULATION_DATABASE")).contains("Đóng (bình thường)");
            browser.check("15-ops-agency-paused");
            browser.click("#resume-CIVIL_REGISTRY");
            browser.type("#reason", "Hết bảo trì");
            browser.click("#confirm");
            browser.find("p.notice");
            assertThat(browser.find("#agency-CIVIL_REGISTRY").getDomAttribute("data-paused")).isEqualTo("false");

            browser.open(console + "/ops/audit");
            assertThat(browser.text("#audit-entries")).contains("Tạm dừng cơ quan").contains("Chạy lại hàng loạt")
                    .contains("Chạy lại một bước");
            assertThat(browser.text("#audit-chain")).isNotBlank();
            browser.check("16-ops-audit");
            browser.open(console + "/ops/dead-letters");
            browser.check("17-ops-dead-letters");
            browser.open(console + "/ops/parked");
            browser.check("18-ops-parked-messages");
            checkedPages.addAll(browser.checked());
        }
    }

    @Test
    @Order(5)
    void opsReVerifyNumbersFromAnUploadedFileAndDownloadTheOutcomes() throws Exception {
        String known = RunningSystem.portal().dossier(dossierId).at("/results/personalIdNumber").asString();
        var file = java.nio.file.Files.createTempFile("numbers-", ".csv");
        java.nio.file.Files.writeString(file, "personalIdNumber\n" + known + "\n079326999999\n");
        try (Browser browser = new Browser()) {
            browser.signIn(console, OPS, password);
            browser.open(console + "/ops/verification");
            browser.check("19-ops-verification");
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.type("#reason", "Rà soát trẻ chờ xác thực");
            browser.click("#start-verification");
            browser.until(Duration.ofSeconds(90), d -> !"RUNNING".equals(
                    d.findElement(By.id("job-status")).getDomAttribute("data-status")));
            browser.check("20-ops-verification-progress");
            String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[0]; fetch(document.getElementById('download-outcomes').href)"
                            + ".then(function (r) { return r.text(); }).then(done);");
            assertThat(csv.lines().toList()).hasSize(3);
            assertThat(csv).contains(known + ",FOUND").contains("079326999999,NOT_FOUND");
            checkedPages.addAll(browser.checked());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(6)
    void theKpiPagesFiguresMatchACountMadeThroughTheApiForTheSamePeriod() {
        String today = LocalDate.now(VIETNAM).toString();
        PortalConsole api = system.staff(Service.ORCHESTRATOR, OPS);
        String period = "receivedFrom=" + today + "&receivedTo=" + today + "&communeCode=25450&size=1";
        try (Browser browser = new Browser()) {
            browser.signIn(console, OPS, password);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                long received = api.get("/api/v1/dossiers?" + period).body().get("totalItems").asLong();
                long completed = api.get("/api/v1/dossiers?status=COMPLETED&" + period).body().get("totalItems").asLong();
                browser.open(console + "/kpis?from=" + today + "&to=" + today + "&scope=commune:25450");
                assertThat(Long.parseLong(browser.text("#kpi-received"))).isEqualTo(received).isPositive();
                assertThat(Long.parseLong(browser.text("#kpi-completed"))).isEqualTo(completed).isPositive();
            });
            browser.find("#chart-daily canvas");
            browser.check("21-kpis");
            String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[0]; fetch(document.querySelector('a.csv').href)"
                            + ".then(function (r) { return r.text(); }).then(done);");
            assertThat(csv).contains("date,received,completed").contains(today);

            browser.click("a.lang");
            assertThat(browser.text("h1")).isEqualTo("KPIs");
            browser.check("22-kpis-english");
            checkedPages.addAll(browser.checked());
        }
    }

    /** The family's child's name as typed on a keyboard without Vietnamese marks. */
    static String withoutMarks(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Families from the end of the population, which the other system tests do not submit. */
    private static List<Family> families(boolean bornInFacility) {
        var all = new ArrayList<>(RunningSystem.population().families());
        java.util.Collections.reverse(all);
        return all.stream().filter(f -> f.child().bornInFacility() == bornInFacility).limit(3).toList();
    }

    private static String step(String id, String name) {
        for (JsonNode step : RunningSystem.portal().dossier(id).get("steps")) {
            if (step.get("step").asString().equals(name)) {
                return step.get("status").asString();
            }
        }
        return "";
    }

    /** The number the commune police obtain for the child on their own terminal of the population database. */
    private static String numberFromTheCommunePolice(ObjectNode dossier) {
        var police = system.asService(Service.ID_NUMBER);
        var answer = police.post("/api/v1/personal-id-numbers", """
                {"requestId": "%s", "fullName": "%s", "sex": "%s", "dateOfBirth": "%s",
                 "registrationCommuneCode": "%s", "motherPersonalIdNumber": "%s", "nationality": "VN"}"""
                .formatted("police-" + UUID.randomUUID(), dossier.at("/child/fullName").asString(),
                        dossier.at("/child/sex").asString(), dossier.at("/child/dateOfBirth").asString(),
                        dossier.get("registrationCommuneCode").asString(), dossier.at("/mother/personalIdNumber").asString()));
        assertThat(answer.status()).as("%s", answer.body()).isIn(200, 201);
        return answer.body().get("personalIdNumber").asString();
    }
}
