package vn.lienthong.orchestrator.adapter.out.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumbers;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.contracts.idnumber.ParentsAsDeclared;
import vn.lienthong.contracts.idnumber.RecordDeath;
import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.application.port.out.CitizenLookup;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.domain.death.DeathResults;
import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck;
import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck.RegisteredPerson;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.Parent;
import vn.lienthong.orchestrator.domain.form.PersonalIdNumber;

/**
 * One raw HTTP call to the population database, asynchronous so that no thread waits on a slow
 * answer. A definite answer completes the future with an outcome; a passing failure (error
 * status, malformed answer) fails it with {@link TransientCallException}; a connection failure
 * fails it with the client's own exception.
 */
public class PopulationDatabaseHttp {

    /** The population database's field names, as paths in the portal's dossier. */
    private static final Map<String, String> DOSSIER_FIELDS = Map.of(
            "fullName", "child.fullName",
            "sex", "child.sex",
            "dateOfBirth", "child.dateOfBirth",
            "registrationCommuneCode", "registrationCommuneCode",
            "motherPersonalIdNumber", "mother.personalIdNumber",
            "fatherPersonalIdNumber", "father.personalIdNumber",
            "nationality", "child.nationality");

    /** A number masked as the population database shows it, e.g. {@code 0753******04}, or in full. */
    private static final Pattern MASKED_NUMBER = Pattern.compile("\\d{4}[\\d*]{6}\\d{2}");

    private final HttpClient http;
    private final ServiceTokens tokens;
    private final Supplier<String> traceParent;
    private final URI baseUrl;
    private final Duration requestTimeout;
    private final JsonMapper json = JsonMapper.builder().build();

    public PopulationDatabaseHttp(HttpClient http, URI baseUrl, Duration requestTimeout, ServiceTokens tokens) {
        this(http, baseUrl, requestTimeout, tokens, () -> null);
    }

    /** {@code traceParent} gives the current W3C trace context, sent along so the database's work joins the trace. */
    public PopulationDatabaseHttp(HttpClient http, URI baseUrl, Duration requestTimeout, ServiceTokens tokens,
                                  Supplier<String> traceParent) {
        this.traceParent = traceParent;
        this.tokens = tokens;
        this.http = http;
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
    }

    CompletableFuture<IdNumberOutcome> assign(UUID requestId, DossierForm form, DuplicateReview distinctChild,
                                              boolean checkParents) {
        return send(post(IdNumberApi.ASSIGN, request(requestId, form, distinctChild, checkParents)))
                .thenApply(response -> assignment(form, response.statusCode(), response.body()));
    }

    /**
     * Several requests in one ({@link IdNumberApi#ASSIGN_BATCH}): each answer read as
     * {@link #assign} reads a single one. A request answered with an error of its own, or with an
     * answer that cannot be read, is a passing failure of that request alone; an answer to the
     * whole batch other than 200 fails the call, as a single call's would.
     */
    CompletableFuture<List<IdNumberOutcome>> assignAll(List<PopulationDatabase.NumberRequest> requests) {
        var body = new AssignPersonalIdNumbers(requests.stream()
                .map(one -> request(one.requestId(), one.form(), one.distinctChild(), one.checkParents()))
                .toList());
        return send(post(IdNumberApi.ASSIGN_BATCH, body))
                .thenApply(response -> assignments(requests, response.statusCode(), response.body()));
    }

    private List<IdNumberOutcome> assignments(List<PopulationDatabase.NumberRequest> requests, int status, byte[] body) {
        if (status == 401 || status == 403) {
            return Collections.nCopies(requests.size(), permissionDenied());
        }
        if (status != 200) {
            throw errorStatus(status);
        }
        JsonNode answers = read(body).path("answers");
        if (!answers.isArray() || answers.size() != requests.size()) {
            throw malformed();
        }
        List<IdNumberOutcome> outcomes = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            outcomes.add(answer(requests.get(i), answers.get(i)));
        }
        return outcomes;
    }

    private IdNumberOutcome answer(PopulationDatabase.NumberRequest request, JsonNode answer) {
        try {
            if (!request.requestId().toString().equals(answer.path("requestId").asString(null))) {
                throw malformed();
            }
            int status = answer.path("status").asInt(0);
            JsonNode body = status == 200 || status == 201 ? answer.path("assigned") : answer.path("problem");
            return assignment(request.form(), status, body);
        } catch (TransientCallException e) {
            return new IdNumberOutcome.TransientFailure(e.reason());
        }
    }

    private static AssignPersonalIdNumber request(UUID requestId, DossierForm form, DuplicateReview distinctChild,
                                                  boolean checkParents) {
        return new AssignPersonalIdNumber(requestId.toString(), form.child().fullName(),
                Sex.valueOf(form.child().sex().name()), form.child().dateOfBirth(), form.registrationCommuneCode(),
                form.mother().personalIdNumber(),
                form.knownFather().map(father -> father.personalIdNumber()).orElse(null),
                form.child().nationality(),
                distinctChild == null ? null : distinctChild.existingPersonalIdNumber(),
                distinctChild == null ? null : distinctChild.confirmedDistinctBy(),
                checkParents ? parentsAsDeclared(form) : null);
    }

    private static ParentsAsDeclared parentsAsDeclared(DossierForm form) {
        return new ParentsAsDeclared(asDeclared(form.mother()), form.knownFather().map(PopulationDatabaseHttp::asDeclared)
                .orElse(null));
    }

    private static ParentsAsDeclared.Person asDeclared(Parent parent) {
        return new ParentsAsDeclared.Person(parent.fullName(), parent.dateOfBirth());
    }

    CompletableFuture<CitizenLookup> findCitizen(String personalIdNumber) {
        var request = HttpRequest.newBuilder(
                baseUrl.resolve(IdNumberApi.CITIZEN.replace("{personalIdNumber}", personalIdNumber)))
                .timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json")
                .GET();
        return send(request).thenApply(response -> lookup(response.statusCode(), response.body()));
    }

    /** Tells the population database the person died; the same request id always gets the same answer. */
    CompletableFuture<CallOutcome> recordDeath(UUID requestId, String personalIdNumber, java.time.LocalDate dateOfDeath,
                                               String deathExtractNumber) {
        var body = new RecordDeath(requestId.toString(), personalIdNumber, dateOfDeath, deathExtractNumber);
        return send(post(IdNumberApi.DEATHS, body))
                .thenApply(response -> deathRecord(response.statusCode(), response.body()));
    }

    private CallOutcome deathRecord(int status, byte[] body) {
        if (status == 200 || status == 201) {
            JsonNode recorded = read(body);
            String extract = recorded.path("deathExtractNumber").asString(null);
            String date = recorded.path("dateOfDeath").asString(null);
            String at = recorded.path("recordedAt").asString(null);
            if (extract == null || date == null || at == null) {
                throw malformed();
            }
            try {
                return new CallOutcome.Completed(new DeathResults.DeathRecorded(extract, java.time.LocalDate.parse(date),
                        recorded.path("newlyRecorded").asBoolean(status == 201), java.time.Instant.parse(at)));
            } catch (java.time.format.DateTimeParseException e) {
                throw malformed();
            }
        }
        if (status == 401 || status == 403) {
            return new CallOutcome.NeedsOfficer(permissionDenied().reason());
        }
        if (status == 409 && IdNumberApi.ALREADY_DECEASED.equals(readLeniently(body).path("code").asString(null))) {
            // Another death extract already recorded this person's death: which one is right is an officer's question.
            return new CallOutcome.NeedsOfficer(new Reason(IdNumberApi.ALREADY_DECEASED, "deceased.personalIdNumber",
                    "CSDL quốc gia về dân cư đã ghi nhận người này chết theo một trích lục khai tử khác; công chức cần xác minh.",
                    "The population database already records this person's death from another death extract; an "
                            + "officer must check."));
        }
        if (status == 400 || status == 404 || status == 409 || status == 422) {
            return new CallOutcome.InvalidData(reasons(body).stream().map(PopulationDatabaseHttp::deathField).toList());
        }
        throw errorStatus(status);
    }

    /** The population database's death fields as paths in the death dossier. */
    private static Reason deathField(Reason reason) {
        String field = reason.field() == null ? null : switch (reason.field()) {
            case "personalIdNumber" -> "deceased.personalIdNumber";
            case "dateOfDeath" -> "death.dateOfDeath";
            default -> reason.field();
        };
        return new Reason(reason.code(), field, reason.messageVi(), reason.messageEn());
    }

    /** A JSON {@code body} posted to {@code path}, answered with JSON or a problem. */
    private HttpRequest.Builder post(String path, Object body) {
        return HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    }

    /** With this service's token; a token that cannot be had fails the call as a passing failure. */
    private CompletableFuture<HttpResponse<byte[]>> send(HttpRequest.Builder request) {
        try {
            tokens.current().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            String trace = traceParent.get();
            if (trace != null) {
                request.header(MessageHeaders.TRACE_PARENT, trace);
            }
        } catch (TransientCallException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private IdNumberOutcome assignment(DossierForm form, int status, byte[] body) {
        return assignment(form, status, status == 200 || status == 201 ? read(body) : readLeniently(body));
    }

    /** {@code body}: the number assigned, or the problem; a missing node if there was none to read. */
    private IdNumberOutcome assignment(DossierForm form, int status, JsonNode body) {
        if (status == 200 || status == 201) {
            JsonNode assigned = body;
            String number = assigned.path("personalIdNumber").asString(null);
            if (PersonalIdNumber.isWellFormed(number)) {
                return new IdNumberOutcome.Assigned(number, assigned.path("parentsChecked").asBoolean(false));
            }
            throw malformed();
        }
        if (status == 401 || status == 403) {
            return permissionDenied();
        }
        if (status == 409) {
            JsonNode problem = body;
            if (IdNumberApi.POSSIBLE_DUPLICATE_CITIZEN.equals(problem.path("code").asString(null))) {
                return possibleDuplicate(problem);
            }
            if (IdNumberApi.PARENT_DATA_DIFFERS.equals(problem.path("code").asString(null))) {
                return parentsDiffer(form, problem);
            }
        }
        if (status == 400 || status == 409 || status == 422) {
            return new IdNumberOutcome.InvalidData(reasons(body));
        }
        throw errorStatus(status);
    }

    /** The masked number and the matched fields, as paths in the dossier; without a number the answer is garbled. */
    private IdNumberOutcome possibleDuplicate(JsonNode problem) {
        String existing = problem.path("existingPersonalIdNumber").asString(null);
        if (existing == null || !MASKED_NUMBER.matcher(existing).matches()) {
            throw malformed();
        }
        List<String> matched = new ArrayList<>();
        for (JsonNode field : problem.path("matchedFields")) {
            matched.add(DOSSIER_FIELDS.getOrDefault(field.asString(""), field.asString("")));
        }
        return new IdNumberOutcome.PossibleDuplicate(existing, matched);
    }

    /**
     * The parents as recorded, compared with the dossier field by field as the orchestrator always
     * compared them ({@link ParentCrossCheck}), so the officer sees the same differences.
     */
    private IdNumberOutcome parentsDiffer(DossierForm form, JsonNode problem) {
        List<Reason> differences = new ArrayList<>();
        for (JsonNode parent : problem.path("parents")) {
            String role = parent.path("role").asString("");
            Parent declared = switch (role) {
                case "mother" -> form.mother();
                case "father" -> form.knownFather().orElse(null);
                default -> null;
            };
            String fullName = parent.path("fullName").asString(null);
            if (declared == null || fullName == null) {
                throw malformed();
            }
            differences.addAll(ParentCrossCheck.differences(role, declared, new RegisteredPerson(
                    parent.path("personalIdNumber").asString(null), fullName, date(parent.path("dateOfBirth")),
                    parent.path("deceased").asBoolean(false), date(parent.path("dateOfDeath")))));
        }
        if (differences.isEmpty()) {
            // The database held the number on a difference this side does not see: an officer looks all the same.
            differences.add(new Reason("PARENT_DATA_MISMATCH", null,
                    "Thông tin cha, mẹ trong hồ sơ khác với CSDL quốc gia về dân cư.",
                    "The parents' data in the dossier differs from the population database."));
        }
        return new IdNumberOutcome.ParentsDiffer(differences);
    }

    private static java.time.LocalDate date(JsonNode node) {
        String text = node.asString(null);
        try {
            return text == null ? null : java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw malformed();
        }
    }

    private CitizenLookup lookup(int status, byte[] body) {
        if (status == 200) {
            JsonNode citizen = read(body);
            String fullName = citizen.path("fullName").asString(null);
            String dateOfBirth = citizen.path("dateOfBirth").asString(null);
            if (fullName == null || dateOfBirth == null) {
                throw malformed();
            }
            String dateOfDeath = citizen.path("dateOfDeath").asString(null);
            return new CitizenLookup.Found(new RegisteredPerson(citizen.path("personalIdNumber").asString(null),
                    fullName, java.time.LocalDate.parse(dateOfBirth),
                    citizen.path("deceased").asBoolean(false) || dateOfDeath != null,
                    dateOfDeath == null ? null : java.time.LocalDate.parse(dateOfDeath)));
        }
        if (status == 404) {
            return new CitizenLookup.NotFound();
        }
        if (status == 401 || status == 403) {
            return new CitizenLookup.Failed(permissionDenied());
        }
        throw errorStatus(status);
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException | java.time.format.DateTimeParseException e) {
            throw malformed();
        }
    }

    /** The body as JSON, or a missing node if it is not JSON: a refusal's reasons are read as far as they go. */
    private JsonNode readLeniently(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return json.missingNode();
        }
    }

    private List<Reason> reasons(byte[] body) {
        return reasons(readLeniently(body));
    }

    private static List<Reason> reasons(JsonNode problem) {
        List<Reason> reasons = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            reasons.add(new Reason(error.path("code").asString("INVALID_DATA"),
                    DOSSIER_FIELDS.getOrDefault(field, field.isEmpty() ? null : field),
                    error.path("message").asString("Dữ liệu không hợp lệ."),
                    error.path("messageEn").asString("Invalid data.")));
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason("INVALID_DATA", null, "CSDL quốc gia về dân cư từ chối dữ liệu của hồ sơ.",
                    "The population database refused the dossier's data."));
        }
        return reasons;
    }

    static IdNumberOutcome.PermissionDenied permissionDenied() {
        return new IdNumberOutcome.PermissionDenied(new Reason("PERMISSION_DENIED", null,
                "CSDL quốc gia về dân cư từ chối quyền truy cập của hệ thống; cần cán bộ kiểm tra quyền.",
                "The population database denied this system access; an officer must check the permission."));
    }

    private static TransientCallException malformed() {
        return new TransientCallException(new Reason("MALFORMED_ANSWER", null,
                "CSDL quốc gia về dân cư trả lời không đúng định dạng.", "The population database's answer was malformed."));
    }

    private static TransientCallException errorStatus(int status) {
        return new TransientCallException(new Reason("HTTP_" + status, null,
                "CSDL quốc gia về dân cư tạm thời lỗi (" + status + ").", "The population database answered " + status + "."));
    }
}
