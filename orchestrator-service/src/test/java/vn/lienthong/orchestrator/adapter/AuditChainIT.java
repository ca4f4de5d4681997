package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.TestTokens;

/**
 * The audit chain on real PostgreSQL: what people and the portal read and do is appended with the
 * identity their token gives and without personal data, recorded with the work and chained moments
 * later; concurrent requests make one unbroken chain; the verification names the first entry changed, removed or reordered, and is itself
 * recorded; the database refuses to change or remove an entry. Tampering is done as the
 * superuser with the table's triggers disabled, as an intruder with full access could, and
 * undone before the test ends, since the other tests share the chain.
 */
class AuditChainIT extends OpsItSupport {

    @Autowired
    TransactionTemplate transactions;

    /** Values of the example dossier that no audit entry may hold. */
    private static final List<String> PERSONAL_DATA = List.of("Điểu Thị Hoa", "Điểu Thị Lan", "Điểu Văn Minh",
            "070198001234", "070095004567", "2026-11-02", "1998-04-12", "1995-09-30", "Thôn 3", "0912345678");
    private static final String OFFICER_NAME = "Nguyễn Thị Lan";

    @Test
    void readsOfADossierAndOfTheListAreAppendedWithTheReadersIdentityAndNoPersonalData() {
        String dossierId = submit();
        String officer = "hotich." + commune;
        PortalClient asOfficer = new PortalClient(port, officerToken(officer));

        assertThat(asOfficer.get("/api/v1/dossiers/" + dossierId).status()).isEqualTo(200);
        assertThat(asOfficer.get("/api/v1/dossiers?communeCode=" + commune + "&size=10").status()).isEqualTo(200);

        JsonNode read = only(entries("operator=" + officer + "&action=READ_DOSSIER"));
        assertThat(read.get("subject").asString()).isEqualTo(officer);
        assertThat(read.get("displayName").asString()).isEqualTo(OFFICER_NAME);
        assertThat(read.get("role").asString()).isEqualTo("COMMUNE_OFFICER");
        assertThat(read.get("communes")).extracting(JsonNode::asString).containsExactly(commune);
        assertThat(read.get("clientId").asString()).isEqualTo("console");
        assertThat(read.get("target").asString()).isEqualTo("dossiers/" + dossierId);
        assertThat(read.get("endpoint").asString()).isEqualTo("GET /api/v1/dossiers/{dossierId}");
        assertThat(read.at("/details/status").asString()).isNotBlank();
        assertThat(absent(read, "reason")).isTrue();
        assertThat(read.get("prevHash").asString()).hasSize(64).isNotEqualTo(read.get("hash").asString());

        JsonNode list = only(entries("operator=" + officer + "&action=LIST_DOSSIERS"));
        assertThat(list.get("target").asString()).isEqualTo("dossiers?communeCode=" + commune + "&page=0&size=10");
        assertThat(list.get("endpoint").asString()).isEqualTo("GET /api/v1/dossiers");
        assertThat(list.at("/details/items").asInt()).isEqualTo(1);
        assertThat(list.at("/details/dossierIds")).extracting(JsonNode::asString).containsExactly(dossierId);

        JsonNode submitted = audited("SUBMIT_DOSSIER", target -> target.equals("dossiers/" + dossierId));
        assertThat(submitted.get("subject").asString()).isEqualTo("national-portal");
        assertThat(submitted.get("role").asString()).isEqualTo("PORTAL");
        assertThat(submitted.get("clientId").asString()).isEqualTo("national-portal");
        assertThat(submitted.get("endpoint").asString()).isEqualTo("POST /api/v1/dossiers");
        assertThat(submitted.at("/details/replayed").asBoolean()).isFalse();

        assertThat(List.of(read, list, submitted)).allSatisfy(AuditChainIT::holdsNoPersonalData);
    }

    @Test
    void aDossierTheCallerMayNotSeeIsNotReadAndSoNotAuditedAsRead() {
        String dossierId = submit();
        String otherCommune = commune.equals("99999") ? "99998" : "99999";
        String stranger = "hotich.stranger." + commune;
        var asStranger = new PortalClient(port, TestTokens.token(stranger).clientId("console")
                .roles(Role.COMMUNE_OFFICER).communes(otherCommune).sign());

        assertThat(asStranger.get("/api/v1/dossiers/" + dossierId).status()).isEqualTo(404);
        assertThat(asStranger.get("/api/v1/dossiers?communeCode=12x45").status()).isEqualTo(400);

        assertThat(entries("operator=" + stranger)).isEmpty();
    }

    @Test
    void aReadWhoseEntryCannotBeRecordedIsRefusedAndShowsNothing() {
        String dossierId = submit();
        // The audit refuses this one entry, as a failing database would.
        jdbc.sql("alter table audit_pending add constraint audit_refuses_this_read check (target <> 'dossiers/"
                + UUID.fromString(dossierId) + "') not valid").update();
        try {
            var refused = http.get("/api/v1/dossiers/" + dossierId);

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.body().get("type").asString()).isEqualTo("urn:lienthong:problem:audit-not-recorded");
            holdsNoPersonalData(refused.body());
        } finally {
            jdbc.sql("alter table audit_pending drop constraint audit_refuses_this_read").update();
        }
        assertThat(recorded("READ_DOSSIER", "dossiers/" + dossierId)).isZero();
        assertThat(http.get("/api/v1/dossiers/" + dossierId).status()).isEqualTo(200);
    }

    @Test
    void theApplicantsSupplementIsAuditedBySectionNameAndTheHistoryNamesWhoSentIt() {
        assignAnswers(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":422,\"errors\":[{\"field\":\"motherPersonalIdNumber\",\"code\":\"MOTHER_NOT_FOUND\","
                        + "\"message\":\"Không tìm thấy mẹ.\",\"messageEn\":\"Mother not found.\"}]}"));
        String dossierId = submit();
        awaitStep(dossierId, "ID_NUMBER", "ACTION_REQUIRED");

        var supplemented = http.post("/api/v1/dossiers/" + dossierId + "/supplements", """
                {"changes": {"mother": {"personalIdNumber": "070198005555"},
                             "declarant": {"personalIdNumber": "070198005555"},
                             "residence": {"parentPersonalIdNumber": "070198005555"}},
                 "note": "Sửa số định danh của mẹ"}""");

        assertThat(supplemented.status()).isEqualTo(200);
        JsonNode entry = audited("SUPPLEMENT", target -> target.equals("dossiers/" + dossierId));
        assertThat(entry.get("subject").asString()).isEqualTo("national-portal");
        assertThat(entry.get("endpoint").asString()).isEqualTo("POST /api/v1/dossiers/{dossierId}/supplements");
        assertThat(entry.at("/details/sections")).extracting(JsonNode::asString)
                .containsExactly("declarant", "mother", "residence");
        assertThat(entry.toString()).doesNotContain("070198005555");
        holdsNoPersonalData(entry);
        assertThat(http.dossier(dossierId).get("history")).anySatisfy(history -> {
            assertThat(history.get("event").asString()).isEqualTo("SUPPLEMENTED");
            assertThat(history.get("messageEn").asString()).contains("national-portal");
        });
    }

    @Test
    void anOfficersActionIsAuditedAndTheHistoryNamesTheOfficerByNameAndSubject() {
        ObjectNode dossier = PortalClient.exampleDossier();
        dossier.put("registrationCommuneCode", commune);
        ((ObjectNode) dossier.get("residence")).put("communeCode", commune);
        ((ObjectNode) dossier.get("child").get("placeOfBirth")).remove("facilityName");
        ((ObjectNode) dossier.get("child")).remove("medicalBirthCertificate");
        String dossierId = http.submit(dossier).body().get("dossierId").asString();
        awaitStep(dossierId, "BIRTH_REGISTRATION", "ACTION_REQUIRED");
        String officer = "hotich." + commune;

        var noAction = new PortalClient(port, officerToken(officer)).post(
                "/api/v1/dossiers/" + dossierId + "/officer-actions", "{\"note\": \"x\"}");
        assertThat(noAction.status()).isEqualTo(400);
        assertThat(fields(noAction.body())).containsExactly("action");
        var confirmed = new PortalClient(port, officerToken(officer)).post(
                "/api/v1/dossiers/" + dossierId + "/officer-actions",
                "{\"action\": \"ORIGINAL_BIRTH_STATEMENT_SEEN\", \"officerId\": \"someone-else\", \"note\": \"Đã xem bản chính\"}");

        assertThat(confirmed.status()).isEqualTo(200);
        JsonNode entry = only(entries("operator=" + officer + "&action=OFFICER_ACTION"));
        assertThat(entry.get("target").asString()).isEqualTo("dossiers/" + dossierId);
        assertThat(entry.get("displayName").asString()).isEqualTo(OFFICER_NAME);
        assertThat(entry.get("role").asString()).isEqualTo("COMMUNE_OFFICER");
        assertThat(entry.get("communes")).extracting(JsonNode::asString).containsExactly(commune);
        assertThat(entry.get("endpoint").asString()).isEqualTo("POST /api/v1/dossiers/{dossierId}/officer-actions");
        assertThat(entry.at("/details/action").asString()).isEqualTo("ORIGINAL_BIRTH_STATEMENT_SEEN");
        holdsNoPersonalData(entry);
        assertThat(http.dossier(dossierId).get("history")).anySatisfy(history -> {
            assertThat(history.get("event").asString()).isEqualTo("OFFICER_ACTION");
            assertThat(history.get("messageEn").asString()).contains(OFFICER_NAME + " (" + officer + ")")
                    .doesNotContain("someone-else");
        });
    }

    @Test
    void aManualNumberIsAuditedWithoutTheNumber() {
        assignAnswers(json(403, "{\"status\":403}"));
        String dossierId = submit();
        awaitStep(dossierId, "ID_NUMBER", "ACTION_REQUIRED");
        String police = "congan." + commune;
        var asPolice = new PortalClient(port, TestTokens.token(police).name("Điểu Văn Bình").clientId("console")
                .roles(Role.COMMUNE_POLICE).communes(commune).sign());

        var recorded = asPolice.post("/api/v1/dossiers/" + dossierId + "/manual-id-number",
                "{\"personalIdNumber\": \"075326004444\", \"note\": \"Công an xã cấp\"}");

        assertThat(recorded.status()).isEqualTo(200);
        JsonNode entry = only(entries("operator=" + police + "&action=MANUAL_ID_NUMBER"));
        assertThat(entry.get("role").asString()).isEqualTo("COMMUNE_POLICE");
        assertThat(entry.get("target").asString()).isEqualTo("dossiers/" + dossierId);
        assertThat(entry.toString()).doesNotContain("075326004444");
        holdsNoPersonalData(entry);
    }

    @Test
    void concurrentReadsAppendOneUnbrokenChain() throws Exception {
        String dossierId = submit();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<List<Integer>>> readers = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                readers.add(threads.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        statuses.add(http.get("/api/v1/dossiers/" + dossierId).status());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> reader : readers) {
                assertThat(reader.get()).hasSize(50).containsOnly(200);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(recorded("READ_DOSSIER", "dossiers/" + dossierId)).isEqualTo(400);
        JsonNode verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).as("%s", verdict).isTrue();
        long entries = verdict.get("entries").asLong();
        assertThat(entries).isGreaterThanOrEqualTo(401);
        assertThat(verdict.get("headHash").asString()).isEqualTo(jdbc.sql("select hash from audit_log where seq = ?")
                .param(entries).query(String.class).single());
    }

    @Test
    void theVerificationNamesTheFirstEntryChangedRemovedOrReorderedAndIsItselfRecorded() {
        String dossierId = submit();
        for (int i = 0; i < 3; i++) {
            http.get("/api/v1/dossiers/" + dossierId);
        }
        chainWhatIsPending();
        List<Long> reads = jdbc.sql("select seq from audit_log where action = 'READ_DOSSIER' and target = ? order by seq")
                .param("dossiers/" + dossierId).query(Long.class).list();
        long seq = reads.get(1);
        assertThat(verify().get("valid").asBoolean()).isTrue();

        tamper("update audit_log set target = ? where seq = ?", "dossiers/" + UUID.randomUUID(), seq);
        try {
            assertBroken(verify(), seq, "CHANGED");
        } finally {
            tamper("update audit_log set target = ? where seq = ?", "dossiers/" + dossierId, seq);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();

        String hash = jdbc.sql("select hash from audit_log where seq = ?").param(seq).query(String.class).single();
        tamper("update audit_log set hash = ? where seq = ?", "f".repeat(64), seq);
        try {
            assertBroken(verify(), seq, "HASH_MISMATCH");
        } finally {
            tamper("update audit_log set hash = ? where seq = ?", hash, seq);
        }

        jdbc.sql("create table audit_log_removed as select * from audit_log where seq = ?").param(seq).update();
        try {
            tamper("delete from audit_log where seq = ?", seq);
            assertBroken(verify(), seq, "REMOVED");
        } finally {
            tamper("insert into audit_log select * from audit_log_removed");
            jdbc.sql("drop table audit_log_removed").update();
        }

        swap(seq, seq + 1);
        try {
            assertBroken(verify(), seq, "REORDERED");
        } finally {
            swap(seq, seq + 1);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();

        List<JsonNode> verifications = entries("operator=" + OPERATOR + "&action=VERIFY_AUDIT");
        assertThat(verifications).allSatisfy(entry -> {
            assertThat(entry.get("endpoint").asString()).isEqualTo("GET /api/v1/ops/audit/verify");
            assertThat(entry.get("role").asString()).isEqualTo("OPS");
            assertThat(entry.get("target").asString()).isEqualTo("audit");
        });
        assertThat(verifications.stream().filter(entry -> entry.at("/details/firstBrokenSeq").asLong() == seq)
                .map(entry -> entry.at("/details/problem").asString()))
                .contains("CHANGED", "HASH_MISMATCH", "REMOVED", "REORDERED");
        assertThat(verifications.get(0).at("/details/valid").asBoolean()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntryEvenToTheSuperuser() {
        submit();
        chainWhatIsPending();
        long newest = jdbc.sql("select max(seq) from audit_log").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_log set reason = 'x' where seq = ?").param(newest).update())
                .rootCause().hasMessageContaining("audit_log is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where seq = ?").param(newest).update())
                .rootCause().hasMessageContaining("audit_log is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("audit_log is append-only: TRUNCATE refused");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set seq = 0, hash = repeat('0', 64)").update())
                .rootCause().hasMessageContaining("only advances one entry at a time");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_chain_head").update())
                .rootCause().hasMessageContaining("audit_chain_head: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into audit_log (seq, at, subject, display_name, role, action, target, details, prev_hash, hash)
                        select seq + 5, now(), 'x', 'x', 'OPS', 'READ_DOSSIER', 'dossiers/x', '{}', hash, repeat('a', 64)
                        from audit_chain_head""").update())
                .rootCause().hasMessageContaining("does not continue the chain head");
        assertThat(jdbc.sql("select max(seq) from audit_log").query(Long.class).single()).isEqualTo(newest);
    }

    @Test
    void theServiceMovedTheFormerOpsAuditTableIntoTheChainWhenItMigrated() {
        assertThat(jdbc.sql("select to_regclass('ops_audit') is null").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '12'").query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void whatARequestRecordsIsChainedMomentsLaterWithoutAnyoneListingIt() {
        String dossierId = submit();

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from audit_log where action = 'SUBMIT_DOSSIER' and target = ?")
                .param("dossiers/" + dossierId).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from audit_pending where target = ?").param("dossiers/" + dossierId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEntryNotYetChainedCannotBeChangedOrRemovedEvenByTheSuperuser() {
        String insertPending = """
                insert into audit_pending (at, subject, display_name, role, action, target, details)
                values (now(), 'x', 'x', 'OPS', 'READ_DOSSIER', 'dossiers/x', '{}')""";
        // Inside one transaction, so the chaining in the background cannot take the entry first.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql(insertPending).update();
            jdbc.sql("delete from audit_pending where target = 'dossiers/x'").update();
        })).rootCause().hasMessageContaining("audit_pending: DELETE refused");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql(insertPending).update();
            jdbc.sql("update audit_pending set target = 'dossiers/y' where target = 'dossiers/x'").update();
        })).rootCause().hasMessageContaining("audit_pending: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_pending").update())
                .rootCause().hasMessageContaining("audit_pending: TRUNCATE refused");
    }

    @Test
    void onlyOpsAndAdministratorsMayVerify() {
        assertThat(new PortalClient(port, TestTokens.portal()).get("/api/v1/ops/audit/verify").status()).isEqualTo(403);
        assertThat(new PortalClient(port, officerToken("hotich." + commune)).get("/api/v1/ops/audit/verify").status())
                .isEqualTo(403);
        var asAdmin = new PortalClient(port, TestTokens.admin("quantri.test")).get("/api/v1/ops/audit/verify");
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.body().get("valid").asBoolean()).isTrue();
    }

    private String officerToken(String username) {
        return TestTokens.token(username).name(OFFICER_NAME).clientId("console").roles(Role.COMMUNE_OFFICER)
                .communes(commune).sign();
    }

    private JsonNode verify() {
        var answer = http.get("/api/v1/ops/audit/verify");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static void assertBroken(JsonNode verdict, long seq, String problem) {
        assertThat(verdict.get("valid").asBoolean()).as("%s", verdict).isFalse();
        assertThat(verdict.get("firstBrokenSeq").asLong()).isEqualTo(seq);
        assertThat(verdict.get("problem").asString()).isEqualTo(problem);
        assertThat(verdict.get("entries").asLong()).isEqualTo(seq - 1);
        assertThat(absent(verdict, "headHash")).isTrue();
    }

    /** Runs {@code sql} as the superuser with the table's triggers off, as someone tampering with it would. */
    private void tamper(String sql, Object... params) {
        // One transaction: the table stays locked while its triggers are off, so the chaining of
        // entries in the background waits rather than appending without moving the head.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_log disable trigger user").update();
            jdbc.sql(sql).params(params).update();
            jdbc.sql("alter table audit_log enable trigger user").update();
        });
    }

    /** How many entries of {@code action} on {@code target} are in the chain, once what was recorded before is chained. */
    private long recorded(String action, String target) {
        chainWhatIsPending();
        return jdbc.sql("select count(*) from audit_log where action = ? and target = ?").params(action, target)
                .query(Long.class).single();
    }

    /** The audit listing chains what requests recorded before it. */
    private void chainWhatIsPending() {
        assertThat(http.get("/api/v1/ops/audit?size=1").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_pending").query(Long.class).single()).isZero();
    }

    /** Exchanges everything but the sequence numbers of two entries. */
    private void swap(long first, long second) {
        tamper("""
                        update audit_log a set at = b.at, subject = b.subject, display_name = b.display_name, role = b.role,
                            communes = b.communes, client_id = b.client_id, action = b.action, target = b.target,
                            endpoint = b.endpoint, reason = b.reason, details = b.details, prev_hash = b.prev_hash,
                            hash = b.hash
                        from audit_log b where (a.seq = ? and b.seq = ?) or (a.seq = ? and b.seq = ?)""",
                first, second, second, first);
    }

    /** Entries matching the query, newest first. */
    private List<JsonNode> entries(String query) {
        var answer = http.get("/api/v1/ops/audit?size=200&" + query);
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        answer.body().get("items").forEach(found::add);
        return found;
    }

    private static JsonNode only(List<JsonNode> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static void holdsNoPersonalData(JsonNode entry) {
        String text = entry.toString();
        assertThat(PERSONAL_DATA).allSatisfy(value -> assertThat(text).doesNotContain(value));
    }
}
