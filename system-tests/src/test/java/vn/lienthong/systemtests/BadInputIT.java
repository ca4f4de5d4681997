package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;
import static vn.lienthong.systemtests.Dossiers.awaitDone;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;

/**
 * Bad input of every kind against the running system, as a hostile or broken client would send
 * it: each answer is a 4xx problem naming the field at fault, no answer is a 5xx, the services stay
 * up, nothing is written, and a valid dossier sent afterwards completes.
 */
class BadInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One hostile input: what is sent, and the field its answer must name (null: none in particular). */
    record Case(String name, String method, String path, String contentType, byte[] body, String field,
                int lowestStatus, int highestStatus) {

        static Case dossier(String name, Consumer<ObjectNode> change, String field, int status) {
            ObjectNode dossier = aTypicalDossier().json();
            change.accept(dossier);
            return new Case(name, "POST", "/api/v1/dossiers", "application/json",
                    dossier.toString().getBytes(StandardCharsets.UTF_8), field, status, status);
        }

        /** A death dossier ({@code "procedure": "DEATH"}) changed by {@code change}. */
        static Case death(String name, Consumer<ObjectNode> change, String field, int status) {
            ObjectNode dossier = Deaths.dossier(RunningSystem.population().deaths().get(0));
            change.accept(dossier);
            return new Case(name, "POST", "/api/v1/dossiers", "application/json",
                    dossier.toString().getBytes(StandardCharsets.UTF_8), field, status, status);
        }

        static Case raw(String name, String method, String path, String contentType, String body, String field,
                        int status) {
            return new Case(name, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                    field, status, status);
        }

        Case withBody(byte[] raw) {
            return new Case(name, method, path, contentType, raw, field, lowestStatus, highestStatus);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Text fields of the dossier and the longest value each may hold. */
    private static final Map<String, Integer> TEXT_FIELDS = Map.ofEntries(
            Map.entry("portalDossierCode", 64),
            Map.entry("child.fullName", 100),
            Map.entry("child.ethnicity", 50),
            Map.entry("child.nationality", 50),
            Map.entry("child.placeOfBirth.facilityName", 200),
            Map.entry("child.medicalBirthCertificate.number", 50),
            Map.entry("mother.fullName", 100),
            Map.entry("father.fullName", 100),
            Map.entry("declarant.fullName", 100),
            Map.entry("residence.addressLine", 200));

    /** Characters no text may hold, as JSON escapes, so that the wire carries exactly them. */
    private static final Map<String, String> FORBIDDEN = Map.of(
            "NUL", "\\u0000",
            "escape", "\\u001b",
            "zero-width space", "\\u200b",
            "right-to-left override", "\\u202e",
            "byte order mark", "\\ufeff",
            "lone surrogate", "\\ud800",
            "line separator", "\\u2028",
            "carriage return and line feed", "\\r\\n");

    /** Valid dossiers this class submits besides the bad ones. */
    private static final java.util.concurrent.atomic.AtomicInteger ACCEPTED = new java.util.concurrent.atomic.AtomicInteger();

    private static LocalSystem system;
    private static String orchestrator;
    private static long dossiersBefore;
    private static String existingDossier;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
        orchestrator = system.url(Service.ORCHESTRATOR);
        PortalConsole portal = RunningSystem.portal();
        existingDossier = portal.submit(aTypicalDossier().json()).body().get("dossierId").asString();
        awaitDone(portal, existingDossier);
        dossiersBefore = dossierCount();
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsAProblemNamingItsField() {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        return cases.stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> answeredAsAProblem(bad)));
    }

    @AfterAll
    static void nothingWasWrittenAndAValidDossierStillCompletes() throws Exception {
        assertThat(dossierCount()).as("dossiers stored").isEqualTo(dossiersBefore + ACCEPTED.get());
        for (Service service : system.services()) {
            assertThat(system.service(service).isAlive()).as(service + " still running").isTrue();
        }
        PortalConsole portal = RunningSystem.portal();
        String id = portal.submit(aTypicalDossier().json()).body().get("dossierId").asString();
        assertThat(awaitDone(portal, id).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void aNameInDecomposedUnicodeIsStoredAndRegisteredInNfc() {
        PortalConsole portal = RunningSystem.portal();
        ObjectNode dossier = aTypicalDossier().json();
        ((ObjectNode) dossier.get("child")).put("fullName", "Ðie\u0302\u0309u Thi\u0323 Nga");

        String id = portal.submit(dossier).body().get("dossierId").asString();
        ACCEPTED.incrementAndGet();
        JsonNode done = awaitDone(portal, id);

        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        String certificate = done.at("/results/birthRegistration/birthCertificateNumber").asString();
        JsonNode registration = get(system.url(Service.CIVIL_REGISTRY) + "/api/v1/birth-registrations/" + certificate);
        assertThat(registration.toString()).contains("Ðiểu Thị Nga").doesNotContain("ie\u0302\u0309");
    }

    private static void answeredAsAProblem(Case bad) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(orchestrator + bad.path())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenFor(bad.path()));
        if (bad.contentType() != null) {
            builder.header("Content-Type", bad.contentType());
        }
        byte[] body = bad.body();
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : bad.name().startsWith("chunked") ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpResponse<String> answer = HTTP.send(builder.method(bad.method(), publisher).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(bad.name() + ": " + answer.body())
                .isBetween(bad.lowestStatus(), bad.highestStatus());
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(bad.name())
                .contains("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).startsWith("urn:lienthong:problem:");
        assertThat(problem.path("title").asString()).contains(" / ");
        if (bad.field() != null) {
            assertThat(problem.path("errors").valueStream().map(error -> error.path("field").asString()))
                    .as(bad.name() + ": " + answer.body()).contains(bad.field());
            assertThat(problem.path("errors").valueStream().map(error -> error.path("message").asString()))
                    .allMatch(message -> !message.isBlank());
        }
        assertThat(answer.body()).as("the answer repeats no value sent").doesNotContain("\\u202e", "\u202e", "Xq9Zq");
    }

    private static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        TEXT_FIELDS.forEach((field, max) -> {
            FORBIDDEN.forEach((kind, escape) -> cases.add(Case.raw(field + " with " + kind, "POST", "/api/v1/dossiers",
                    "application/json", withRawText(field, "Xq9Zq" + escape + "Hoa"), field, 422)));
            cases.add(Case.dossier(field + " one character too long", d -> set(d, field, "H".repeat(max + 1)), field, 422));
            cases.add(Case.raw(field + " as a number", "POST", "/api/v1/dossiers", "application/json",
                    withRawValue(field, "12345"), field, 400));
            cases.add(Case.raw(field + " as a boolean", "POST", "/api/v1/dossiers", "application/json",
                    withRawValue(field, "true"), field, 400));
            cases.add(Case.raw(field + " as an object", "POST", "/api/v1/dossiers", "application/json",
                    withRawValue(field, "{\"a\": 1}"), field, 400));
            cases.add(Case.raw(field + " as an array", "POST", "/api/v1/dossiers", "application/json",
                    withRawValue(field, "[\"Hoa\"]"), field, 400));
        });
        for (String name : List.of("child.fullName", "mother.fullName", "declarant.fullName")) {
            cases.add(Case.dossier(name + " of zero-width spaces only", d -> set(d, name, "\u200b\u200b"), name, 422));
            cases.add(Case.dossier(name + " without letters", d -> set(d, name, "123 456"), name, 422));
            cases.add(Case.dossier(name + " with markup", d -> set(d, name, "Hoa <b>"), name, 422));
        }
        dates(cases);
        deaths(cases);
        enums(cases);
        sizesAndShapes(cases);
        methodsAndMediaTypes(cases);
        parameters(cases);
        otherEndpoints(cases);
        return cases;
    }

    private static void dates(List<Case> cases) {
        LocalDate today = LocalDate.now();
        cases.add(Case.dossier("child born on 30 February", d -> set(d, "child.dateOfBirth", "2026-02-30"), "child.dateOfBirth", 400));
        cases.add(Case.dossier("child's birth date not a date", d -> set(d, "child.dateOfBirth", "hôm qua"), "child.dateOfBirth", 400));
        cases.add(Case.raw("child's birth date as a number", "POST", "/api/v1/dossiers", "application/json",
                withRawValue("child.dateOfBirth", "20261102"), "child.dateOfBirth", 400));
        cases.add(Case.dossier("child born tomorrow", d -> set(d, "child.dateOfBirth", today.plusDays(2).toString()),
                "child.dateOfBirth", 422));
        cases.add(Case.dossier("child born after the submission", d -> {
            set(d, "submittedAt", today.minusDays(10) + "T08:00:00+07:00");
            set(d, "child.dateOfBirth", today.minusDays(3).toString());
        }, "child.dateOfBirth", 422));
        cases.add(Case.dossier("child six years old", d -> set(d, "child.dateOfBirth", today.minusYears(6).toString()),
                "child.dateOfBirth", 422));
        cases.add(Case.dossier("mother born after the child", d -> set(d, "mother.dateOfBirth", today.minusDays(1).toString()),
                "mother.dateOfBirth", 422));
        cases.add(Case.dossier("father born in the future", d -> set(d, "father.dateOfBirth", today.plusYears(1).toString()),
                "father.dateOfBirth", 422));
        cases.add(Case.dossier("submitted in the future", d -> set(d, "submittedAt", today.plusDays(5) + "T08:00:00+07:00"),
                "submittedAt", 422));
        cases.add(Case.dossier("submission time without a time", d -> set(d, "submittedAt", today.toString()), "submittedAt", 400));
        cases.add(Case.dossier("submission time absurd", d -> set(d, "submittedAt", "+999999999-12-31T23:59:59Z"),
                "submittedAt", 422));
    }

    private static void deaths(List<Case> cases) {
        LocalDate today = LocalDate.now();
        cases.add(Case.death("procedure not one of the procedures", d -> d.put("procedure", "MARRIAGE"), "procedure", 400));
        cases.add(Case.death("procedure as a number", d -> d.put("procedure", 2), "procedure", 400));
        cases.add(Case.death("death in the future", d -> set(d, "death.dateOfDeath", today.plusDays(3).toString()),
                "death.dateOfDeath", 422));
        cases.add(Case.death("death before the birth", d -> set(d, "death.dateOfDeath", "1900-01-01"),
                "death.dateOfDeath", 422));
        cases.add(Case.death("date of death not a date", d -> set(d, "death.dateOfDeath", "hôm qua"), "death.dateOfDeath", 400));
        cases.add(Case.death("time of death not a time", d -> set(d, "death.timeOfDeath", "25:99"), "death.timeOfDeath", 400));
        cases.add(Case.death("death notice missing", d -> ((ObjectNode) d.get("death")).remove("proof"), "death.proof.kind",
                422));
        cases.add(Case.death("death notice of an unknown kind", d -> set(d, "death.proof.kind", "NEIGHBOUR_SAYS_SO"),
                "death.proof.kind", 422));
        cases.add(Case.death("cause not one of the categories", d -> set(d, "death.causeCategory", "BAD_LUCK"),
                "death.causeCategory", 422));
        cases.add(Case.death("deceased's number malformed", d -> set(d, "deceased.personalIdNumber", "07006000112x"),
                "deceased.personalIdNumber", 422));
        cases.add(Case.death("deceased's name with markup", d -> set(d, "deceased.fullName", "Brơi <b>"),
                "deceased.fullName", 422));
        cases.add(Case.death("declarant's relationship unknown", d -> set(d, "declarant.relationship", "NEIGHBOUR"),
                "declarant.relationship", 422));
        cases.add(Case.death("an authorized declarant without the authorization", d -> {
            set(d, "declarant.relationship", "AUTHORIZED");
            ((ObjectNode) d.get("declarant")).remove("authorizationDocumentNumber");
        }, "declarant.authorizationDocumentNumber", 422));
        cases.add(Case.death("payment method unknown", d -> set(d, "socialInsurance.funeralAllowance.payment.method",
                "CRYPTO"), "socialInsurance.funeralAllowance.payment.method", 422));
        cases.add(Case.death("bank payment without an account", d -> {
            set(d, "socialInsurance.funeralAllowance.payment.method", "BANK_ACCOUNT");
            ((ObjectNode) d.at("/socialInsurance/funeralAllowance/payment")).remove("accountNumber");
        }, "socialInsurance.funeralAllowance.payment.accountNumber", 422));
        cases.add(Case.death("beneficiary's relationship unknown", d -> set(d,
                "socialInsurance.funeralAllowance.beneficiary.relationship", "FRIEND"),
                "socialInsurance.funeralAllowance.beneficiary.relationship", 422));
        cases.add(Case.death("registered by another commune", d -> set(d, "registrationCommuneCode", "99999"),
                "registrationCommuneCode", 422));
    }

    private static void enums(List<Case> cases) {
        cases.add(Case.dossier("sex not one of the values", d -> set(d, "child.sex", "GIRL"), "child.sex", 400));
        cases.add(Case.raw("sex as a number", "POST", "/api/v1/dossiers", "application/json",
                withRawValue("child.sex", "1"), "child.sex", 400));
        cases.add(Case.dossier("channel not one of the values", d -> set(d, "channel", "FAX"), "channel", 400));
        cases.add(Case.dossier("relationship not one of the values", d -> set(d, "declarant.relationship", "UNCLE"),
                "declarant.relationship", 400));
        cases.add(Case.raw("result delivery as a number", "POST", "/api/v1/dossiers", "application/json",
                withRawValue("resultDelivery", "2"), "resultDelivery", 400));
        cases.add(Case.raw("electronic certificate as a string", "POST", "/api/v1/dossiers", "application/json",
                withRawValue("child.medicalBirthCertificate.electronic", "\"yes\""), "child.medicalBirthCertificate.electronic", 400));
        cases.add(Case.raw("household head consent as a number", "POST", "/api/v1/dossiers", "application/json",
                withRawValue("residence.householdHeadConsent", "1"), "residence.householdHeadConsent", 400));
    }

    private static void sizesAndShapes(List<Case> cases) {
        String huge = "{\"child\": {\"fullName\": \"" + "A".repeat(45 * 1024 * 1024) + "\"}}";
        cases.add(Case.raw("a 45 MB body", "POST", "/api/v1/dossiers", "application/json", huge, null, 413));
        cases.add(Case.raw("chunked body of 1 MB", "POST", "/api/v1/dossiers", "application/json",
                "{\"extra\": [" + "\"a\",".repeat(256 * 1024) + "\"a\"]}", null, 413));
        cases.add(Case.dossier("a 100 000-character address line", d -> set(d, "residence.addressLine", "T".repeat(100_000)),
                null, 413));
        cases.add(Case.dossier("a 1.5 MB ethnicity", d -> set(d, "child.ethnicity", "X".repeat(1_500_000)), null, 413));
        cases.add(Case.dossier("a 6 000-character certificate number",
                d -> set(d, "child.medicalBirthCertificate.number", "9".repeat(6000)), "child.medicalBirthCertificate.number", 422));
        cases.add(Case.raw("deeply nested JSON", "POST", "/api/v1/dossiers", "application/json",
                "{\"extra\": " + "[".repeat(2000) + "]".repeat(2000) + "}", null, 400));
        cases.add(Case.raw("truncated JSON", "POST", "/api/v1/dossiers", "application/json", "{\"portalDossierCode\": ", "body", 400));
        cases.add(Case.raw("JSON followed by garbage", "POST", "/api/v1/dossiers", "application/json",
                aTypicalDossier().json() + " trailing", null, 400));
        cases.add(Case.raw("a key given twice", "POST", "/api/v1/dossiers", "application/json",
                "{\"portalDossierCode\": \"A\", \"portalDossierCode\": \"B\"}", null, 400));
        cases.add(Case.raw("an empty body", "POST", "/api/v1/dossiers", "application/json", "", "body", 400));
        cases.add(Case.raw("null as the body", "POST", "/api/v1/dossiers", "application/json", "null", null, 400));
        cases.add(Case.raw("an array as the body", "POST", "/api/v1/dossiers", "application/json", "[]", null, 400));
        cases.add(Case.raw("a string as the body", "POST", "/api/v1/dossiers", "application/json", "\"dossier\"", null, 400));
        cases.add(Case.raw("not UTF-8", "POST", "/api/v1/dossiers", "application/json", null, null, 400)
                .withBody(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        cases.add(Case.raw("a 5 000-digit number as a name", "POST", "/api/v1/dossiers", "application/json",
                withRawValue("child.fullName", "9".repeat(5000)), null, 400));
    }

    private static void methodsAndMediaTypes(List<Case> cases) {
        cases.add(Case.raw("DELETE on the dossier list", "DELETE", "/api/v1/dossiers", null, null, null, 405));
        cases.add(Case.raw("PUT on the dossier list", "PUT", "/api/v1/dossiers", "application/json", "{}", null, 405));
        cases.add(Case.raw("PATCH on a dossier", "PATCH", "/api/v1/dossiers/" + java.util.UUID.randomUUID(),
                "application/json", "{}", null, 405));
        cases.add(Case.raw("DELETE on a dossier", "DELETE", "/api/v1/dossiers/" + java.util.UUID.randomUUID(), null, null, null, 405));
        cases.add(Case.raw("GET on the supplements", "GET", "/api/v1/dossiers/" + java.util.UUID.randomUUID() + "/supplements",
                null, null, null, 405));
        cases.add(Case.raw("plain text", "POST", "/api/v1/dossiers", "text/plain", "hello", "Content-Type", 415));
        cases.add(Case.raw("XML", "POST", "/api/v1/dossiers", "application/xml", "<dossier/>", "Content-Type", 415));
        cases.add(Case.raw("a form", "POST", "/api/v1/dossiers", "application/x-www-form-urlencoded", "a=b", "Content-Type", 415));
        cases.add(Case.raw("no content type", "POST", "/api/v1/dossiers", null, "{}", "Content-Type", 415));
        cases.add(Case.raw("an unknown path", "GET", "/api/v1/nothing-here", null, null, null, 404));
    }

    private static void parameters(List<Case> cases) {
        cases.add(Case.raw("page not a number", "GET", "/api/v1/dossiers?page=abc", null, null, "page", 400));
        cases.add(Case.raw("size not a number", "GET", "/api/v1/dossiers?size=1e3", null, null, "size", 400));
        cases.add(Case.raw("size too large", "GET", "/api/v1/dossiers?size=100000", null, null, "size", 400));
        cases.add(Case.raw("negative page", "GET", "/api/v1/dossiers?page=-1", null, null, "page", 400));
        cases.add(Case.raw("page beyond an int", "GET", "/api/v1/dossiers?page=99999999999", null, null, "page", 400));
        cases.add(Case.raw("status not one of the values", "GET", "/api/v1/dossiers?status=DONE", null, null, "status", 400));
        cases.add(Case.raw("commune code with a control character", "GET", "/api/v1/dossiers?communeCode=25%00450", null, null,
                "communeCode", 422));
        cases.add(Case.raw("dossier id not an id", "GET", "/api/v1/dossiers/not-an-id", null, null, "dossierId", 400));
        cases.add(Case.raw("ops: a duration that overflows", "GET", "/api/v1/ops/steps?olderThan=PT2562047788015215H", null, null,
                "olderThan", 400));
        cases.add(Case.raw("ops: a duration that is not one", "GET", "/api/v1/ops/steps?olderThan=1h", null, null, "olderThan", 400));
        cases.add(Case.raw("ops: a negative duration", "GET", "/api/v1/ops/steps?olderThan=-PT1H", null, null, "olderThan", 400));
        cases.add(Case.raw("ops: state not one of the values", "GET", "/api/v1/ops/steps?state=BROKEN", null, null, "state", 400));
        cases.add(Case.raw("ops: step not one of the values", "GET", "/api/v1/ops/steps?step=PAYMENT", null, null, "step", 400));
        cases.add(Case.raw("ops: page not a number", "GET", "/api/v1/ops/steps?page=abc", null, null, "page", 400));
        cases.add(Case.raw("ops: audit size too large", "GET", "/api/v1/ops/audit?size=5000", null, null, "size", 400));
        cases.add(Case.raw("ops: dead letters limit not a number", "GET", "/api/v1/ops/dead-letters?limit=lots", null, null,
                "limit", 400));
        worklistParameters(cases);
    }

    /** The worklist's filters and the KPIs' period and scope, which the console sends as typed. */
    private static void worklistParameters(List<Case> cases) {
        cases.add(Case.raw("worklist: step not one of the values", "GET", "/api/v1/dossiers?step=PAYMENT", null, null,
                "step", 400));
        cases.add(Case.raw("worklist: overdue not true or false", "GET", "/api/v1/dossiers?overdue=maybe", null, null,
                "overdue", 400));
        cases.add(Case.raw("worklist: received from a day that does not exist", "GET",
                "/api/v1/dossiers?receivedFrom=2026-02-30", null, null, "receivedFrom", 400));
        cases.add(Case.raw("worklist: received to not a date", "GET", "/api/v1/dossiers?receivedTo=yesterday", null, null,
                "receivedTo", 400));
        cases.add(Case.raw("worklist: received to before received from", "GET",
                "/api/v1/dossiers?receivedFrom=2026-11-30&receivedTo=2026-11-01", null, null, "receivedTo", 400));
        cases.add(Case.raw("worklist: a year beyond any date", "GET", "/api/v1/dossiers?receivedFrom=+999999999-01-01",
                null, null, "receivedFrom", 400));
        cases.add(Case.raw("worklist: search text too long", "GET", "/api/v1/dossiers?q=" + "a".repeat(101), null, null,
                "q", 400));
        cases.add(Case.raw("worklist: search text with a control character", "GET", "/api/v1/dossiers?q=Nguy%00en", null,
                null, "q", 422));
        cases.add(Case.raw("worklist: search text with a direction override", "GET", "/api/v1/dossiers?q=An%E2%80%AE",
                null, null, "q", 422));
        cases.add(Case.raw("worklist: waiting for someone other than an officer", "GET", "/api/v1/dossiers?waitingFor=APPLICANT",
                null, null, "waitingFor", 400));
        cases.add(Case.raw("worklist: officer task not one of the values", "GET",
                "/api/v1/dossiers?officerTask=APPROVE_ALL", null, null, "officerTask", 400));
        cases.add(Case.raw("kpis: from not a date", "GET", "/api/v1/kpis?from=last-month", null, null, "from", 400));
        cases.add(Case.raw("kpis: to before from", "GET", "/api/v1/kpis?from=2026-11-30&to=2026-11-01", null, null,
                "to", 400));
        cases.add(Case.raw("kpis: a period over a year", "GET", "/api/v1/kpis?from=2024-01-01&to=2026-01-01", null, null,
                "to", 400));
        cases.add(Case.raw("kpis: commune code of four digits", "GET", "/api/v1/kpis?communeCode=2545", null, null,
                "communeCode", 400));
        cases.add(Case.raw("kpis: province code of two digits", "GET", "/api/v1/kpis?province=75", null, null,
                "province", 400));
        cases.add(Case.raw("kpis: a commune and a province", "GET", "/api/v1/kpis?communeCode=25450&province=075", null,
                null, "province", 400));
    }

    private static void otherEndpoints(List<Case> cases) {
        String dossier = "/api/v1/dossiers/" + java.util.UUID.randomUUID();
        cases.add(Case.raw("supplement with a date that does not exist", "POST", "/api/v1/dossiers/{existing}/supplements",
                "application/json", "{\"changes\": {\"child\": {\"dateOfBirth\": \"2026-13-45\"}}}", "child.dateOfBirth", 400));
        cases.add(Case.raw("supplement with a sex that does not exist", "POST", "/api/v1/dossiers/{existing}/supplements",
                "application/json", "{\"changes\": {\"child\": {\"sex\": \"X\"}}}", "child.sex", 400));
        cases.add(Case.raw("supplement with a forbidden character in a change", "POST",
                "/api/v1/dossiers/{existing}/supplements", "application/json",
                "{\"changes\": {\"residence\": {\"addressLine\": \"Th\\u202eôn\"}}}", "residence.addressLine", 422));
        cases.add(Case.raw("supplement without changes", "POST", "/api/v1/dossiers/{existing}/supplements", "application/json",
                "{\"note\": \"x\"}", "changes", 400));
        cases.add(Case.raw("supplement whose changes are a list", "POST", "/api/v1/dossiers/{existing}/supplements",
                "application/json", "{\"changes\": [1]}", "changes", 400));
        cases.add(Case.raw("supplement with a note too long", "POST", "/api/v1/dossiers/{existing}/supplements",
                "application/json", "{\"changes\": {}, \"note\": \"" + "n".repeat(1001) + "\"}", "note", 422));
        cases.add(Case.raw("officer action with a NUL in the note", "POST", dossier + "/officer-actions", "application/json",
                "{\"action\": \"CONFIRM_PARENT_DATA\", \"officerId\": \"cb-1\", \"note\": \"a\\u0000b\"}", "note", 422));
        cases.add(Case.raw("officer action unknown", "POST", "/api/v1/dossiers/{existing}/officer-actions", "application/json",
                "{\"action\": \"APPROVE_EVERYTHING\", \"officerId\": \"cb-1\"}", "action", 400));
        cases.add(Case.raw("manual number not a number", "POST", "/api/v1/dossiers/{existing}/manual-id-number",
                "application/json", "{\"personalIdNumber\": \"abc\", \"officerId\": \"cb-1\"}", "personalIdNumber", 400));
        cases.add(Case.raw("ops replay without a reason", "POST", "/api/v1/ops/dossiers/{existing}/steps/BIRTH_REGISTRATION/replay",
                "application/json", "{\"operator\": \"ops-1\"}", "reason", 400));
        cases.add(Case.raw("ops replay with a right-to-left override in the reason", "POST",
                "/api/v1/ops/dossiers/{existing}/steps/BIRTH_REGISTRATION/replay", "application/json",
                "{\"operator\": \"ops-1\", \"reason\": \"a\\u202eb\"}", "reason", 422));
        cases.add(Case.raw("ops pause of an unknown agency", "PUT", "/api/v1/ops/agencies/POST_OFFICE/pause", "application/json",
                "{\"operator\": \"ops-1\", \"reason\": \"x\"}", "agency", 400));
        cases.add(Case.raw("ops replay job with a bad filter", "POST", "/api/v1/ops/replay-jobs", "application/json",
                "{\"step\": \"NOTHING\", \"operator\": \"ops-1\", \"reason\": \"x\"}", "step", 400));
        cases.add(Case.raw("ops verification job of malformed numbers", "POST", "/api/v1/ops/verification-jobs",
                "application/json", "{\"personalIdNumbers\": [\"12\"], \"operator\": \"ops-1\", \"reason\": \"x\"}", null, 400));
        cases.add(Case.raw("ops verification job with a number as a number", "POST", "/api/v1/ops/verification-jobs",
                "application/json", "{\"personalIdNumbers\": [75326000001], \"operator\": \"ops-1\", \"reason\": \"x\"}",
                "personalIdNumbers[0]", 400));
        cases.add(Case.raw("ops verification job cancel without a reason", "POST",
                "/api/v1/ops/verification-jobs/" + java.util.UUID.randomUUID() + "/cancel", "application/json",
                "{\"operator\": \"ops-1\"}", "reason", 400));
        cases.add(Case.raw("ops verification job cancel of a job id that is not one", "POST",
                "/api/v1/ops/verification-jobs/not-a-job/cancel", "application/json",
                "{\"operator\": \"ops-1\", \"reason\": \"x\"}", "jobId", 400));
        cases.add(Case.raw("ops: verification job id not an id", "GET", "/api/v1/ops/verification-jobs/not-a-job", null,
                null, "jobId", 400));
        cases.add(Case.raw("ops: verification job items of a job id that is not one", "GET",
                "/api/v1/ops/verification-jobs/not-a-job/items", null, null, "jobId", 400));
        cases.add(Case.raw("ops: parked messages page not a number", "GET", "/api/v1/ops/parked-messages?page=x", null, null,
                "page", 400));
        cases.add(Case.raw("ops: parked message id not a number", "GET", "/api/v1/ops/parked-messages/abc", null, null,
                "id", 400));
        cases.add(Case.raw("ops: parked message redrive without a reason", "POST", "/api/v1/ops/parked-messages/1/redrive",
                "application/json", "{\"operator\": \"ops-1\"}", "reason", 400));
        cases.replaceAll(bad -> bad.path().contains("{existing}")
                ? new Case(bad.name(), bad.method(), bad.path().replace("{existing}", existingDossier), bad.contentType(),
                        bad.body(), bad.field(), bad.lowestStatus(), bad.highestStatus())
                : bad);
    }

    /** The token of the caller who would send such a request: ops, the example's officer, or the portal. */
    private static String tokenFor(String path) {
        var identity = system.identity();
        if (path.startsWith("/api/v1/ops/") || path.startsWith("/api/v1/kpis")) {
            return identity.staff("vanhanh.075").get();
        }
        if (path.contains("/officer-actions") || path.contains("/manual-id-number")) {
            return identity.staff("hotich.25450").get();
        }
        return identity.client("national-portal", "dossiers.submit dossiers.read").get();
    }

    /** The example dossier with the JSON string at {@code field} replaced by {@code escapedText} as written. */
    private static String withRawText(String field, String escapedText) {
        return withRawValue(field, "\"" + escapedText + "\"");
    }

    /** The example dossier with the value at {@code field} replaced by {@code rawJson}, sent as written. */
    private static String withRawValue(String field, String rawJson) {
        ObjectNode dossier = aTypicalDossier().json();
        String marker = "__VALUE_" + System.nanoTime() + "__";
        set(dossier, field, marker);
        return dossier.toString().replace("\"" + marker + "\"", rawJson);
    }

    private static void set(ObjectNode dossier, String field, String value) {
        String[] path = field.split("\\.");
        ObjectNode node = dossier;
        for (int i = 0; i < path.length - 1; i++) {
            if (!(node.get(path[i]) instanceof ObjectNode child)) {
                ObjectNode created = JsonNodeFactory.instance.objectNode();
                node.set(path[i], created);
                node = created;
            } else {
                node = child;
            }
        }
        node.put(path[path.length - 1], value);
    }

    private static long dossierCount() throws Exception {
        try (var connection = DriverManager.getConnection(system.jdbcUrl("orchestrator"), system.databaseUser(), "");
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from dossier")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static JsonNode get(String url) {
        try {
            return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + system.identity()
                                    .client("orchestrator-service", "population.assign population.read").get())
                            .GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
