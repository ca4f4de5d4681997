package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.TestTokens;

/**
 * A dossier its caller may not see does not exist for that caller: staff of commune A asking for
 * commune B's dossier, on every endpoint, get the very answer a dossier that does not exist gets,
 * and no list shows it whatever its filters say; another portal client sees none of the national
 * portal's dossiers and cannot learn their ids from their portal dossier codes. Ops see them all.
 */
class DossierVisibilityIT extends OpsItSupport {

    private static final String SUPPLEMENT = "{\"changes\": {\"residence\": {\"addressLine\": \"Thôn 4\"}}, \"note\": \"Sửa địa chỉ\"}";
    private static final String OFFICER_ACTION = "{\"action\": \"ORIGINAL_BIRTH_STATEMENT_SEEN\", \"note\": \"Đã xem\"}";
    private static final String MANUAL_NUMBER = "{\"personalIdNumber\": \"075326004444\", \"note\": \"Công an xã cấp\"}";

    private String communeA;
    private String communeB;

    @BeforeEach
    void twoCommunes() {
        communeA = commune;
        do {
            communeB = String.format("%05d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000));
        } while (communeB.equals(communeA));
    }

    @Test
    void staffOfCommuneAFindNoDossierOfCommuneBOnAnyEndpointAndInNoList() {
        String ofA = submitIn(communeA, http);
        String ofB = submitIn(communeB, http);
        awaitInProgress(ofA);
        awaitInProgress(ofB);
        JsonNode bBefore = http.dossier(ofB);

        var officer = PortalClient.as(port, TestTokens.officer("hotich.a", communeA));
        var police = PortalClient.as(port, TestTokens.token("congan.a").clientId("console").name("Công an xã A")
                .roles(Role.COMMUNE_POLICE).communes(communeA).sign());
        for (PortalClient staff : List.of(officer, police)) {
            assertThat(staff.get("/api/v1/dossiers/" + ofA).status()).isEqualTo(200);
            assertLikeNoDossier(staff, "GET", ofB, null);
            assertLikeNoDossier(staff, "POST", ofB + "/supplements", SUPPLEMENT);
            assertLikeNoDossier(staff, "POST", ofB + "/officer-actions", OFFICER_ACTION);
            assertLikeNoDossier(staff, "POST", ofB + "/manual-id-number", MANUAL_NUMBER);
            assertListsNeverShow(staff, ofB, ofA);
        }
        assertThat(officer.get("/api/v1/dossiers/" + ofB).status()).isEqualTo(404);
        assertThat(officer.post("/api/v1/dossiers/" + ofB + "/supplements", SUPPLEMENT).status()).isEqualTo(404);
        assertThat(officer.post("/api/v1/dossiers/" + ofB + "/officer-actions", OFFICER_ACTION).status()).isEqualTo(404);
        assertThat(officer.post("/api/v1/dossiers/" + ofB + "/manual-id-number", MANUAL_NUMBER).status()).isEqualTo(404);
        assertThat(police.get("/api/v1/dossiers/" + ofB).status()).isEqualTo(404);
        assertThat(police.post("/api/v1/dossiers/" + ofB + "/manual-id-number", MANUAL_NUMBER).status()).isEqualTo(404);

        assertThat(http.dossier(ofB)).as("B's dossier, its steps, results and history").isEqualTo(bBefore);
        var ops = PortalClient.as(port, TestTokens.ops("vanhanh.visibility"));
        assertThat(ops.get("/api/v1/dossiers/" + ofB).status()).isEqualTo(200);
        assertThat(ids(ops.get("/api/v1/dossiers?communeCode=" + communeB).body())).containsExactly(ofB);
        assertThat(ids(ops.get("/api/v1/dossiers?size=100").body())).contains(ofA, ofB);
    }

    @Test
    void anotherPortalClientSeesNoneOfTheNationalPortalsDossiersAndCannotLearnTheirIds() {
        ObjectNode dossier = inCommune(communeA);
        String national = http.submit(dossier).body().get("dossierId").asString();
        awaitInProgress(national);
        var other = PortalClient.as(port, TestTokens.token("other-portal").roles(Role.PORTAL)
                .scope("dossiers.submit dossiers.read").sign());

        assertLikeNoDossier(other, "GET", national, null);
        assertLikeNoDossier(other, "POST", national + "/supplements", SUPPLEMENT);
        assertListsNeverShow(other, national, null);
        assertThat(other.get("/api/v1/dossiers").body().get("totalItems").asLong()).isZero();

        var sameCode = other.submit(dossier);
        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameCode.body().has("dossierId")).as("the conflict names no dossier").isFalse();
        assertThat(sameCode.body().toString()).doesNotContain(national);
        ObjectNode otherContent = dossier.deepCopy();
        ((ObjectNode) otherContent.get("residence")).put("addressLine", "Thôn 9");
        var sameCodeOtherContent = other.submit(otherContent);
        assertThat(sameCodeOtherContent.status()).isEqualTo(409);
        assertThat(sameCodeOtherContent.body().has("dossierId")).isFalse();
        assertThat(sameCodeOtherContent.body().toString()).doesNotContain(national);

        // The national portal itself gets its dossier back, and the conflict names it.
        var again = http.submit(dossier);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("dossierId").asString()).isEqualTo(national);
        var conflict = http.submit(otherContent);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("dossierId").asString()).isEqualTo(national);
        assertThat(ids(PortalClient.as(port, TestTokens.ops("vanhanh.visibility"))
                .get("/api/v1/dossiers?communeCode=" + communeA).body())).containsExactly(national);
    }

    /** The caller's answer about {@code dossierId + rest} is the answer about a dossier that does not exist. */
    private static void assertLikeNoDossier(PortalClient caller, String method, String dossierPath, String body) {
        String path = "/api/v1/dossiers/" + dossierPath;
        String nowhere = "/api/v1/dossiers/" + UUID.randomUUID() + dossierPath.substring(dossierPath.indexOf('/') < 0
                ? dossierPath.length() : dossierPath.indexOf('/'));
        var hidden = method.equals("GET") ? caller.get(path) : caller.post(path, body);
        var missing = method.equals("GET") ? caller.get(nowhere) : caller.post(nowhere, body);
        assertThat(hidden.status()).as("%s %s", method, path).isEqualTo(missing.status()).isIn(403, 404);
        assertThat(withoutInstance(hidden.body())).as("%s %s", method, path).isEqualTo(withoutInstance(missing.body()));
    }

    /** Whatever the filters, {@code hidden} is on no page; {@code shown} (if any) is on the unfiltered one. */
    private void assertListsNeverShow(PortalClient caller, String hidden, String shown) {
        List<String> queries = new ArrayList<>(List.of("", "?size=100", "?communeCode=" + communeB,
                "?communeCode=" + communeA, "?communeCode=" + communeB + "&communeCode=" + communeA,
                "?communeCode=" + communeB + "&status=IN_PROGRESS", "?communeCode=&status=", "?page=0&size=1"));
        for (DossierStatus status : DossierStatus.values()) {
            queries.add("?status=" + status.name() + "&size=100");
        }
        for (String query : queries) {
            var page = caller.get("/api/v1/dossiers" + query);
            assertThat(page.status()).as(query).isEqualTo(200);
            assertThat(ids(page.body())).as(query).doesNotContain(hidden);
        }
        assertThat(caller.get("/api/v1/dossiers?communeCode=" + communeB).body().get("totalItems").asLong())
                .as("dossiers counted in B").isZero();
        if (shown != null) {
            assertThat(ids(caller.get("/api/v1/dossiers?size=100").body())).contains(shown);
            assertThat(ids(caller.get("/api/v1/dossiers?status=IN_PROGRESS&size=100").body())).contains(shown);
        }
    }

    private String submitIn(String communeCode, PortalClient portal) {
        var answer = portal.submit(inCommune(communeCode));
        assertThat(answer.status()).isEqualTo(202);
        return answer.body().get("dossierId").asString();
    }

    private static ObjectNode inCommune(String communeCode) {
        ObjectNode dossier = PortalClient.exampleDossier();
        dossier.put("registrationCommuneCode", communeCode);
        ((ObjectNode) dossier.get("residence")).put("communeCode", communeCode);
        return dossier;
    }

    private void awaitInProgress(String dossierId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROGRESS".equals(http.dossier(dossierId).get("status").asString()));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("dossierId").asString()));
        return ids;
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = ((ObjectNode) problem).deepCopy();
        copy.remove("instance");
        return copy;
    }
}
