package vn.lienthong.orchestrator.adapter.in.web;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.orchestrator.application.ProcedureSettings;
import vn.lienthong.orchestrator.application.port.in.FindDossiersUseCase;
import vn.lienthong.orchestrator.application.port.in.ProgressDossierUseCase;
import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.SubmitDossierUseCase;
import vn.lienthong.orchestrator.application.port.in.audit.AuditedRequests;
import vn.lienthong.orchestrator.application.port.in.audit.AuditedRequests.Audited;
import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.orchestrator.application.port.model.DossierPage;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.PersonalIdNumber;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;
import vn.lienthong.orchestrator.domain.procedure.Procedure;
import vn.lienthong.orchestrator.domain.procedure.Procedures;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.web.InvalidFieldException;

/** The portal API: submit, track, supplement; and the commune officers' list and actions. */
@RestController
@RequestMapping("/api/v1/dossiers")
public class DossierController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    private static final Set<String> SECTIONS = Stream.of(PortalDossier.class, DeathForm.class)
            .flatMap(form -> Arrays.stream(form.getRecordComponents()))
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final SubmitDossierUseCase submit;
    private final FindDossiersUseCase find;
    private final ProgressDossierUseCase progress;
    private final AuditedRequests audit;
    private final PortalDossierMapper mapper;
    private final JsonMapper json;
    private final ProcedureSettings settings;
    private final Clock clock;

    public DossierController(SubmitDossierUseCase submit, FindDossiersUseCase find, ProgressDossierUseCase progress,
                             AuditedRequests audit, PortalDossierMapper mapper, JsonMapper json,
                             ProcedureSettings settings, Clock clock) {
        this.submit = submit;
        this.find = find;
        this.progress = progress;
        this.audit = audit;
        this.mapper = mapper;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A dossier of the procedure its {@code procedure} field names ({@code DEATH} for the death
     * group); without one, a 3-in-1 dossier, as the portal has always sent it.
     */
    @PostMapping
    public ResponseEntity<SubmissionResponse> submit(@RequestBody ObjectNode body, Requester by) {
        Procedure procedure = procedure(body.remove("procedure"));
        ProcedureForm form;
        String contentHash;
        if (procedure.formType() == DossierForm.class) {
            PortalDossier dossier = read(body, PortalDossier.class);
            form = mapper.toForm(dossier);
            contentHash = contentHash(dossier);
        } else {
            form = read(body, procedure.formType());
            contentHash = contentHash(form);
        }
        var submission = audit.audited(by, AuditAction.SUBMIT_DOSSIER, () -> {
            var accepted = submit.submit(procedure, form, contentHash, by.caller().clientId());
            return new Audited<>(accepted, "dossiers/" + accepted.dossierId(), Map.of(
                    "procedure", procedure.code(), "portalDossierCode", form.portalDossierCode(),
                    "status", accepted.status().name(), "replayed", accepted.replayed()));
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/dossiers/" + submission.dossierId()))
                .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
                .body(new SubmissionResponse(submission.dossierId().value(), submission.status().name()));
    }

    /** The dossier with its form sections and results: each read is audited. */
    @GetMapping("/{dossierId}")
    public DossierDocument get(@PathVariable String dossierId, Requester by) {
        DossierId id = id(dossierId);
        return audit.audited(by, AuditAction.READ_DOSSIER, () -> {
            var found = find.find(id, by.caller());
            return new Audited<>(new DossierDocument(DossierResponses.of(found, settings.statutoryWorkingDays(), today()),
                    portalView(found.dossier().form())),
                    "dossiers/" + id, Map.of("status", found.dossier().status().name()));
        });
    }

    /**
     * The dossiers the caller may see, newest first; with {@code waitingFor=OFFICER} or an
     * {@code officerTask}, those waiting for an officer, oldest wait first. The worklist's filters
     * are read by {@link WorklistParameters}.
     */
    @GetMapping
    public DossierPage list(@RequestParam(required = false) List<String> communeCode,
                            @RequestParam(required = false) String status,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size,
                            @RequestParam(required = false) String step,
                            @RequestParam(required = false) String overdue,
                            @RequestParam(required = false) String receivedFrom,
                            @RequestParam(required = false) String receivedTo,
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) String waitingFor,
                            @RequestParam(required = false) String officerTask,
                            Requester by) {
        if (page < 0) {
            throw new InvalidFieldException("page", "Số trang không được âm.", "page must not be negative.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "Cỡ trang từ 1 đến " + MAX_PAGE_SIZE + ".",
                    "size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        String commune = communeCode(communeCode);
        DossierStatus which = status(status);
        var worklist = WorklistParameters.read(new WorklistParameters.Raw(step, overdue, receivedFrom, receivedTo, q,
                waitingFor, officerTask), today(), settings.zone());
        // The target is the filter as asked, from checked values only (the searched text, which may be
        // a name, is left out); the details name the dossiers shown.
        String target = "dossiers?" + (commune == null ? "" : "communeCode=" + commune + "&")
                + (which == null ? "" : "status=" + which + "&") + worklistTarget(worklist) + "page=" + page
                + "&size=" + size;
        return audit.audited(by, AuditAction.LIST_DOSSIERS, () -> {
            DossierPage found = find.list(new DossierFilter(commune, which, page, size).narrowedTo(worklist), by.caller());
            return new Audited<>(found, target, Map.of("items", found.items().size(), "totalItems",
                    found.totalItems(), "dossierIds", found.items().stream().map(d -> d.dossierId().toString()).toList()));
        });
    }

    /**
     * The applicant's supplement: {@code changes} holds the corrected parts of the dossier in the
     * portal's shape, merged into the dossier as a JSON merge patch (RFC 7396).
     */
    @PostMapping("/{dossierId}/supplements")
    public StatusResponse supplement(@PathVariable String dossierId, @RequestBody SupplementRequest request,
                                     Requester by) {
        DossierId id = id(dossierId);
        if (request.changes() == null || !request.changes().isObject()) {
            throw new InvalidFieldException("changes", "Thiếu nội dung bổ sung.",
                    "changes must hold the corrected parts of the dossier.");
        }
        RequestTexts.check("note", request.note(), TextKind.NOTE);
        // The sections the supplement changes, by name only (their values are personal data), and
        // only the dossier's own sections: a name the client made up could hold anything.
        List<String> sections = request.changes().propertyNames().stream().filter(SECTIONS::contains).sorted().toList();
        var status = audit.audited(by, AuditAction.SUPPLEMENT, () -> {
            ProcedureForm current = find.find(id, by.caller()).dossier().form();
            ObjectNode merged = json.valueToTree(portalView(current));
            JsonMergePatch.apply(merged, (ObjectNode) request.changes());
            ProcedureForm supplemented = current instanceof DossierForm
                    ? mapper.toForm(read(merged, PortalDossier.class)) : read(merged, current.getClass());
            var after = progress.supplement(id, supplemented, request.note(), by.caller().describe());
            return new Audited<>(after, "dossiers/" + id, Map.of("sections", sections, "status", after.name()));
        });
        return new StatusResponse(id.value(), status.name());
    }

    @PostMapping("/{dossierId}/officer-actions")
    public StatusResponse officerAction(@PathVariable String dossierId, @RequestBody OfficerActionRequest request,
                                        Requester by) {
        DossierId id = id(dossierId);
        RequestTexts.check("note", request.note(), TextKind.NOTE);
        if (request.action() == null || !OfficerActionRequest.ACTIONS.contains(request.action())) {
            throw new InvalidFieldException("action", "Thao tác không hợp lệ.",
                    "action must be one of " + String.join(", ", OfficerActionRequest.ACTIONS) + ".");
        }
        var status = audit.audited(by, AuditAction.OFFICER_ACTION, () -> {
            find.requireVisible(id, by.caller());
            String officer = by.caller().describe();
            DossierStatus after = switch (request.action()) {
                case OfficerActionRequest.ORIGINAL_BIRTH_STATEMENT_SEEN ->
                        progress.confirmOriginalBirthStatement(id, officer, request.note());
                case OfficerActionRequest.CONFIRM_PARENT_DATA -> progress.confirmParentData(id, officer, request.note());
                case OfficerActionRequest.CONFIRM_DISTINCT_CHILD ->
                        progress.confirmDistinctChild(id, officer, request.note());
                default -> progress.confirmSameChild(id, officer, request.note());
            };
            return new Audited<>(after, "dossiers/" + id, Map.of("action", request.action(), "status", after.name()));
        });
        return new StatusResponse(id.value(), status.name());
    }

    /**
     * The number an officer obtained from the commune police when the population database could
     * not give one. It is format-checked now and verified against the database in the background.
     */
    @PostMapping("/{dossierId}/manual-id-number")
    public StatusResponse manualIdNumber(@PathVariable String dossierId, @RequestBody ManualIdNumberRequest request,
                                         Requester by) {
        DossierId id = id(dossierId);
        RequestTexts.check("note", request.note(), TextKind.NOTE);
        find.requireVisible(id, by.caller());
        if (!PersonalIdNumber.isWellFormed(request.personalIdNumber())) {
            throw new InvalidFieldException("personalIdNumber", "Số định danh cá nhân phải có 12 chữ số.",
                    "personalIdNumber must have 12 digits.");
        }
        // The number itself is personal data: the entry says only that one was recorded.
        var status = audit.audited(by, AuditAction.MANUAL_ID_NUMBER, () -> {
            var after = progress.recordManualIdNumber(id, request.personalIdNumber(), by.caller().describe(),
                    request.note());
            return new Audited<>(after, "dossiers/" + id, Map.of("status", after.name()));
        });
        return new StatusResponse(id.value(), status.name());
    }

    /** {@code officerId} is read for older clients and ignored: the officer is the token's subject. */
    public record ManualIdNumberRequest(String personalIdNumber, String officerId, String note) {
    }

    public record SubmissionResponse(UUID dossierId, String status) {
    }

    public record StatusResponse(UUID dossierId, String status) {
    }

    public record SupplementRequest(JsonNode changes, String note) {
    }

    /** {@code officerId} is read for older clients and ignored: the officer is the token's subject. */
    public record OfficerActionRequest(String action, String officerId, String note) {
        static final String ORIGINAL_BIRTH_STATEMENT_SEEN = "ORIGINAL_BIRTH_STATEMENT_SEEN";
        static final String CONFIRM_PARENT_DATA = "CONFIRM_PARENT_DATA";
        /** The child is not the citizen the population database matched: ask for a number anyway. */
        static final String CONFIRM_DISTINCT_CHILD = "CONFIRM_DISTINCT_CHILD";
        /** The child is the citizen the population database matched: refuse the dossier. */
        static final String CONFIRM_SAME_CHILD = "CONFIRM_SAME_CHILD";
        static final List<String> ACTIONS = List.of(ORIGINAL_BIRTH_STATEMENT_SEEN, CONFIRM_PARENT_DATA,
                CONFIRM_DISTINCT_CHILD, CONFIRM_SAME_CHILD);
    }

    /** Same content, same hash: the dossier as parsed, so spacing and field order do not matter. */
    /** The procedure the body names; absent or null, the 3-in-1. */
    private static Procedure procedure(JsonNode named) {
        if (named == null || named.isNull()) {
            return Procedures.DEFAULT;
        }
        return Procedures.named(named.isString() ? named.asString() : "").orElseThrow(() -> new InvalidFieldException(
                "procedure", "Thủ tục không hợp lệ; chọn một trong: " + procedureCodes() + ".",
                "procedure must be one of " + procedureCodes() + "."));
    }

    private static String procedureCodes() {
        return String.join(", ", Procedures.all().stream().map(Procedure::code).toList());
    }

    /** The body as the procedure's form; a value of the wrong type or format is answered naming its field. */
    private <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("The dossier could not be read", e, null);
        }
    }

    /** The form as the portal sent it: a 3-in-1 dossier in the portal's names, another procedure's as it is. */
    private Object portalView(ProcedureForm form) {
        return form instanceof DossierForm birth ? mapper.toPortal(birth) : form;
    }

    private String contentHash(Object dossier) {
        try {
            byte[] canonical = json.writeValueAsString(dossier).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DossierId id(String value) {
        try {
            return new DossierId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("dossierId", "Mã hồ sơ không hợp lệ.", "dossierId is not a valid id.");
        }
    }

    /**
     * The communes asked for ({@code communeCode} may be given more than once, e.g. by an officer
     * of two communes), joined by commas; null for none. Each must be a commune code of five digits,
     * refused before it reaches the query or the audit; one with a control character as any text is.
     */
    private static String communeCode(List<String> values) {
        if (values == null || values.stream().allMatch(value -> value == null || value.isBlank())) {
            return null;
        }
        for (String value : values) {
            RequestTexts.check("communeCode", value, TextKind.CODE);
            if (value == null || !COMMUNE_CODE.matcher(value).matches()) {
                throw new InvalidFieldException("communeCode", "Mã xã gồm 5 chữ số.", "communeCode must have 5 digits.");
            }
        }
        return String.join(",", values.stream().distinct().sorted().toList());
    }

    /** The worklist's checked filters for the audit target, without the searched text. */
    private static String worklistTarget(vn.lienthong.orchestrator.application.port.model.WorklistCriteria worklist) {
        StringBuilder target = new StringBuilder();
        if (worklist.step() != null) {
            target.append("step=").append(worklist.step()).append('&');
        }
        if (worklist.overdue() != null) {
            target.append("overdue=").append(worklist.overdue()).append('&');
        }
        if (worklist.receivedFrom() != null) {
            target.append("receivedFrom=").append(worklist.receivedFrom()).append('&');
        }
        if (worklist.receivedBefore() != null) {
            target.append("receivedBefore=").append(worklist.receivedBefore()).append('&');
        }
        if (worklist.text() != null) {
            target.append("q=*&");
        }
        if (worklist.waitingForOfficer()) {
            target.append("waitingFor=OFFICER&");
        }
        if (worklist.officerTask() != null) {
            target.append("officerTask=").append(worklist.officerTask()).append('&');
        }
        return target.toString();
    }

    private static DossierStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DossierStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("status", "Trạng thái không hợp lệ.",
                    "status must be one of RECEIVED, IN_PROGRESS, ACTION_REQUIRED, COMPLETED, REFUSED.");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }
}
