package vn.lienthong.orchestrator.adapter.in.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.orchestrator.application.ProcedureSettings;
import vn.lienthong.orchestrator.application.port.in.FindDossiersUseCase;
import vn.lienthong.orchestrator.application.port.in.ProgressDossierUseCase;
import vn.lienthong.orchestrator.application.port.in.SubmitDossierUseCase;
import vn.lienthong.orchestrator.application.port.out.DossierFilter;
import vn.lienthong.orchestrator.application.port.out.DossierPage;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.access.Caller;
import vn.lienthong.web.InvalidFieldException;

/** The portal API: submit, track, supplement; and the commune officers' list and actions. */
@RestController
@RequestMapping("/api/v1/dossiers")
public class DossierController {

    private static final int MAX_PAGE_SIZE = 100;

    private final SubmitDossierUseCase submit;
    private final FindDossiersUseCase find;
    private final ProgressDossierUseCase progress;
    private final PortalDossierMapper mapper;
    private final JsonMapper json;
    private final ProcedureSettings settings;
    private final Clock clock;

    public DossierController(SubmitDossierUseCase submit, FindDossiersUseCase find, ProgressDossierUseCase progress,
                             PortalDossierMapper mapper, JsonMapper json, ProcedureSettings settings, Clock clock) {
        this.submit = submit;
        this.find = find;
        this.progress = progress;
        this.mapper = mapper;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<SubmissionResponse> submit(@RequestBody PortalDossier dossier, Caller caller) {
        var submission = submit.submit(mapper.toForm(dossier), contentHash(dossier), caller.clientId());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/dossiers/" + submission.dossierId()))
                .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
                .body(new SubmissionResponse(submission.dossierId().value(), submission.status().name()));
    }

    @GetMapping("/{dossierId}")
    public DossierDocument get(@PathVariable String dossierId, Caller caller) {
        var details = find.find(id(dossierId), caller);
        return new DossierDocument(DossierResponses.of(details, settings.statutoryWorkingDays(), today()),
                mapper.toPortal(details.dossier().form()));
    }

    /**
     * The dossiers the caller may see, newest first; with {@code waitingFor=OFFICER} or an
     * {@code officerTask}, those waiting for an officer, oldest wait first. The worklist's filters
     * are read by {@link WorklistParameters}.
     */
    @GetMapping
    public DossierPage list(@RequestParam(required = false) String communeCode,
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
                            Caller caller) {
        if (page < 0) {
            throw new InvalidFieldException("page", "Số trang không được âm.", "page must not be negative.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "Cỡ trang từ 1 đến " + MAX_PAGE_SIZE + ".",
                    "size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        var worklist = WorklistParameters.read(new WorklistParameters.Raw(step, overdue, receivedFrom, receivedTo, q,
                waitingFor, officerTask), today(), settings.zone());
        return find.list(new DossierFilter(communeCode, status(status), page, size).narrowedTo(worklist), caller);
    }

    /**
     * The applicant's supplement: {@code changes} holds the corrected parts of the dossier in the
     * portal's shape, merged into the dossier as a JSON merge patch (RFC 7396).
     */
    @PostMapping("/{dossierId}/supplements")
    public StatusResponse supplement(@PathVariable String dossierId, @RequestBody SupplementRequest request,
                                     Caller caller) {
        DossierId id = id(dossierId);
        if (request.changes() == null || !request.changes().isObject()) {
            throw new InvalidFieldException("changes", "Thiếu nội dung bổ sung.",
                    "changes must hold the corrected parts of the dossier.");
        }
        RequestTexts.check("note", request.note(), TextKind.NOTE);
        DossierForm current = find.find(id, caller).dossier().form();
        ObjectNode merged = json.valueToTree(mapper.toPortal(current));
        JsonMergePatch.apply(merged, (ObjectNode) request.changes());
        PortalDossier supplemented = json.treeToValue(merged, PortalDossier.class);
        var status = progress.supplement(id, mapper.toForm(supplemented), request.note());
        return new StatusResponse(id.value(), status.name());
    }

    @PostMapping("/{dossierId}/officer-actions")
    public StatusResponse officerAction(@PathVariable String dossierId, @RequestBody OfficerActionRequest request,
                                        Caller caller) {
        DossierId id = id(dossierId);
        RequestTexts.check("note", request.note(), TextKind.NOTE);
        find.requireVisible(id, caller);
        String officer = caller.describe();
        DossierStatus status;
        if (OfficerActionRequest.ORIGINAL_BIRTH_STATEMENT_SEEN.equals(request.action())) {
            status = progress.confirmOriginalBirthStatement(id, officer, request.note());
        } else if (OfficerActionRequest.CONFIRM_PARENT_DATA.equals(request.action())) {
            status = progress.confirmParentData(id, officer, request.note());
        } else if (OfficerActionRequest.CONFIRM_DISTINCT_CHILD.equals(request.action())) {
            status = progress.confirmDistinctChild(id, officer, request.note());
        } else if (OfficerActionRequest.CONFIRM_SAME_CHILD.equals(request.action())) {
            status = progress.confirmSameChild(id, officer, request.note());
        } else {
            throw new InvalidFieldException("action", "Thao tác không hợp lệ.",
                    "action must be one of " + String.join(", ", OfficerActionRequest.ACTIONS) + ".");
        }
        return new StatusResponse(id.value(), status.name());
    }

    /**
     * The number an officer obtained from the commune police when the population database could
     * not give one. It is format-checked now and verified against the database in the background.
     */
    @PostMapping("/{dossierId}/manual-id-number")
    public StatusResponse manualIdNumber(@PathVariable String dossierId, @RequestBody ManualIdNumberRequest request,
                                         Caller caller) {
        DossierId id = id(dossierId);
        RequestTexts.check("note", request.note(), TextKind.NOTE);
        find.requireVisible(id, caller);
        if (request.personalIdNumber() == null || !request.personalIdNumber().matches("\\d{12}")) {
            throw new InvalidFieldException("personalIdNumber", "Số định danh cá nhân phải có 12 chữ số.",
                    "personalIdNumber must have 12 digits.");
        }
        var status = progress.recordManualIdNumber(id, request.personalIdNumber(), caller.describe(), request.note());
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
    private String contentHash(PortalDossier dossier) {
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
