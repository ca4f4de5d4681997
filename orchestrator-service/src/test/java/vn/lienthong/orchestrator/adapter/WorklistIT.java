package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.population.Communes;
import vn.lienthong.web.testing.TestTokens;

/**
 * The officer's worklist and the measurements on real PostgreSQL: the search without marks, the
 * filters, the officers' queue with what each dossier asks, the form in the dossier, the KPIs, and
 * that an officer of another commune finds nothing of it.
 */
class WorklistIT extends OpsItSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aNameTypedWithoutMarksFindsTheDossierAndAnotherCommuneFindsNothing() {
        ObjectNode dossier = dossierInThisCommune();
        ((ObjectNode) dossier.get("child")).put("fullName", "Nguyễn Văn An");
        ((ObjectNode) dossier.get("father")).put("fullName", "Đỗ Đức Anh");
        String code = dossier.get("portalDossierCode").asString();
        String id = http.submit(dossier).body().get("dossierId").asString();
        String officer = TestTokens.officer("hotich." + commune, commune);

        for (String typed : List.of("Nguyen Van An", "nguyen   VAN an", "Nguyễn Văn", "van an", "do duc anh", "Đỗ Đức",
                "dieu thi lan", code.toLowerCase(), code)) {
            assertThat(ids(get(officer, "/api/v1/dossiers?q=" + typed))).as("search %s", typed).containsExactly(id);
        }
        assertThat(ids(get(officer, "/api/v1/dossiers?q=Nguyễn Thị"))).isEmpty();
        assertThat(ids(get(officer, "/api/v1/dossiers?q=%"))).as("a wildcard is a character").isEmpty();

        String stranger = TestTokens.officer("hotich.other", otherCommune());
        assertThat(ids(get(stranger, "/api/v1/dossiers?q=Nguyen Van An"))).isEmpty();
        assertThat(ids(get(stranger, "/api/v1/dossiers?communeCode=" + commune))).isEmpty();
        assertThat(status(stranger, "/api/v1/dossiers/" + id)).isEqualTo(404);
    }

    @Test
    void aSupplementThatRenamesAParentIsFoundByTheNewNameAndNoLongerByTheOld() {
        assignAnswers(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody(
                "{\"status\":422,\"errors\":[{\"field\":\"motherPersonalIdNumber\","
                + "\"code\":\"MOTHER_NOT_FOUND\",\"message\":\"Không tìm thấy mẹ.\",\"messageEn\":\"Mother not found.\"}]}"));
        ObjectNode dossier = dossierInThisCommune();
        ((ObjectNode) dossier.get("father")).put("fullName", "Lò Văn Thắng");
        String id = http.submit(dossier).body().get("dossierId").asString();
        awaitStep(id, "ID_NUMBER", "ACTION_REQUIRED");
        String officer = TestTokens.officer("hotich." + commune, commune);
        assertThat(ids(get(officer, "/api/v1/dossiers?q=lo van thang"))).containsExactly(id);

        var supplemented = http.post("/api/v1/dossiers/" + id + "/supplements", """
                {"changes": {"father": {"fullName": "Vì Văn Khánh"}}, "note": "Sửa họ tên cha"}""");

        assertThat(supplemented.status()).isEqualTo(200);
        assertThat(ids(get(officer, "/api/v1/dossiers?q=vi van khanh"))).containsExactly(id);
        assertThat(ids(get(officer, "/api/v1/dossiers?q=lo van thang"))).as("the old name").isEmpty();
        assertThat(ids(get(officer, "/api/v1/dossiers?q=" + dossier.get("portalDossierCode").asString())))
                .as("the code, after the update that changed the form").containsExactly(id);
    }

    @Test
    void theDossierCarriesItsFormInThePortalsFieldNames() {
        String id = http.submit(dossierInThisCommune()).body().get("dossierId").asString();

        JsonNode form = get(TestTokens.officer("hotich." + commune, commune), "/api/v1/dossiers/" + id).get("form");

        assertThat(form.at("/child/fullName").asString()).isEqualTo("Điểu Thị Hoa");
        assertThat(form.at("/child/placeOfBirth/facilityName").asString()).isEqualTo("Trung tâm Y tế khu vực Bù Gia Mập");
        assertThat(form.at("/mother/personalIdNumber").asString()).isEqualTo("070198001234");
        assertThat(form.at("/residence/addressLine").asString()).isEqualTo("Thôn 3");
        assertThat(form.at("/registrationCommuneCode").asString()).isEqualTo(commune);
    }

    @Test
    void theOfficersQueueListsWhatEachDossierAsksOldestFirstAndTheKpisCountThem() {
        ObjectNode outside = dossierInThisCommune();
        ((ObjectNode) outside.get("child").get("placeOfBirth")).remove("facilityName");
        ((ObjectNode) outside.get("child")).remove("medicalBirthCertificate");
        String birthOutside = http.submit(outside).body().get("dossierId").asString();
        awaitStep(birthOutside, "BIRTH_REGISTRATION", "ACTION_REQUIRED");
        assignAnswers(json(403, "{\"code\": \"FORBIDDEN\"}"));
        String refused = http.submit(dossierInThisCommune()).body().get("dossierId").asString();
        awaitStep(refused, "ID_NUMBER", "ACTION_REQUIRED");
        String officer = TestTokens.officer("hotich." + commune, commune);

        JsonNode queue = get(officer, "/api/v1/dossiers?waitingFor=OFFICER");
        assertThat(ids(queue)).containsExactly(birthOutside, refused);
        assertThat(queue.at("/items/0/officerTask").asString()).isEqualTo("ORIGINAL_BIRTH_STATEMENT");
        assertThat(queue.at("/items/0/currentSteps/0").asString()).isEqualTo("BIRTH_REGISTRATION");
        assertThat(queue.at("/items/0/waitingFor").asString()).isEqualTo("OFFICER");
        assertThat(queue.at("/items/0/waitingSince").isNull()).isFalse();
        assertThat(queue.at("/items/1/officerTask").asString()).isEqualTo("PERMISSION_REFUSED");
        assertThat(queue.at("/items/1/currentSteps").toString()).isEqualTo("[\"ID_NUMBER\"]");
        assertThat(ids(get(officer, "/api/v1/dossiers?officerTask=PERMISSION_REFUSED"))).containsExactly(refused);
        assertThat(ids(get(officer, "/api/v1/dossiers?step=ID_NUMBER"))).containsExactly(refused);
        assertThat(ids(get(officer, "/api/v1/dossiers?step=BIRTH_REGISTRATION"))).containsExactly(birthOutside);
        assertThat(ids(get(officer, "/api/v1/dossiers?receivedFrom=" + TODAY + "&receivedTo=" + TODAY))).hasSize(2);
        assertThat(ids(get(officer, "/api/v1/dossiers?receivedTo=" + TODAY.minusDays(1)))).isEmpty();
        assertThat(ids(get(officer, "/api/v1/dossiers?overdue=true"))).isEmpty();
        assertThat(ids(get(officer, "/api/v1/dossiers?overdue=false&status=ACTION_REQUIRED"))).hasSize(2);

        JsonNode kpis = get(officer, "/api/v1/kpis?from=" + TODAY + "&to=" + TODAY);
        assertThat(kpis.get("received").asLong()).isEqualTo(2);
        assertThat(kpis.at("/daily/0/received").asLong()).isEqualTo(2);
        assertThat(kpis.at("/waitingForPerson/waiting").asLong()).isEqualTo(2);
        List<String> tasks = new ArrayList<>();
        kpis.at("/waitingForPerson/byReason").forEach(reason -> tasks.add(reason.get("officerTask").asString()));
        assertThat(tasks).containsExactlyInAnyOrder("ORIGINAL_BIRTH_STATEMENT", "PERMISSION_REFUSED");
        long lookups = 0;
        long failed = 0;
        for (JsonNode hour : kpis.get("idNumberLookups")) {
            lookups += hour.get("lookups").asLong();
            failed += hour.get("failed").asLong();
        }
        assertThat(lookups).as("one number given, one permission refused").isEqualTo(2);
        assertThat(failed).isEqualTo(1);
        assertThat(kpis.at("/byCommune/0/code").asString()).isEqualTo(commune);
        assertThat(get(TestTokens.officer("hotich.other", otherCommune()), "/api/v1/kpis?communeCode=" + commune)
                .get("received").asLong()).as("another commune's staff measure only their own").isZero();
    }

    @Test
    void theCommunesAreThoseOfTheSyntheticPopulationWithTheirProvince() {
        JsonNode communes = get(TestTokens.ops("vanhanh.test"), "/api/v1/communes").get("communes");
        List<String> listed = new ArrayList<>();
        communes.forEach(c -> listed.add(c.get("code").asString() + " " + c.get("name").asString() + " "
                + c.get("provinceCode").asString() + " " + c.get("provinceName").asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Communes.ALL.stream()
                .map(c -> c.code() + " " + c.name() + " " + c.provinceCode() + " " + c.provinceName()).toList());
        assertThat(get(TestTokens.officer("hotich.25450", "25450"), "/api/v1/communes").get("communes")).hasSize(1);
    }

    @Test
    void everyNewParameterIsCheckedAndNamed() {
        String officer = TestTokens.officer("hotich." + commune, commune);
        for (var bad : List.of(
                List.of("/api/v1/dossiers?step=PAYMENT", "step"),
                List.of("/api/v1/dossiers?overdue=yes", "overdue"),
                List.of("/api/v1/dossiers?receivedFrom=2026-02-30", "receivedFrom"),
                List.of("/api/v1/dossiers?receivedFrom=2026-05-02&receivedTo=2026-05-01", "receivedTo"),
                List.of("/api/v1/dossiers?q=" + "a".repeat(101), "q"),
                List.of("/api/v1/dossiers?waitingFor=APPLICANT", "waitingFor"),
                List.of("/api/v1/dossiers?officerTask=EVERYTHING", "officerTask"),
                List.of("/api/v1/kpis?from=yesterday", "from"),
                List.of("/api/v1/kpis?from=2025-01-01&to=2026-06-01", "to"),
                List.of("/api/v1/kpis?communeCode=2545", "communeCode"),
                List.of("/api/v1/kpis?province=75", "province"),
                List.of("/api/v1/kpis?communeCode=25450&province=075", "province"))) {
            var answer = exchange(officer, bad.get(0));
            assertThat(answer.status()).as(bad.get(0)).isEqualTo(400);
            assertThat(fields(answer.body())).as(bad.get(0)).contains(bad.get(1));
        }
        assertThat(status(TestTokens.portal(), "/api/v1/kpis")).as("the portal measures nothing").isEqualTo(403);
    }

    private ObjectNode dossierInThisCommune() {
        ObjectNode dossier = PortalClient.exampleDossier();
        dossier.put("registrationCommuneCode", commune);
        ((ObjectNode) dossier.get("residence")).put("communeCode", commune);
        return dossier;
    }

    private String otherCommune() {
        return commune.equals("99999") ? "99998" : "99999";
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("dossierId").asString()));
        return ids;
    }

    private JsonNode get(String token, String path) {
        var answer = exchange(token, path);
        assertThat(answer.status()).as("GET %s", path).isEqualTo(200);
        return answer.body();
    }

    private int status(String token, String path) {
        return exchange(token, path).status();
    }

    private PortalClient.Answer exchange(String token, String path) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path).header("Authorization", "Bearer " + token)
                .exchange((request, response) -> {
                    byte[] body = response.getBody().readAllBytes();
                    return new PortalClient.Answer(response.getStatusCode().value(),
                            body.length == 0 ? JSON.nullNode() : JSON.readTree(body), null);
                });
    }
}
