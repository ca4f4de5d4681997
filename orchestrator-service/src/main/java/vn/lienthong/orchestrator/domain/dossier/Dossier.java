package vn.lienthong.orchestrator.domain.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * One family's bundled dossier and the progress of its four steps. The dossier's status is
 * derived from its steps, so the two cannot disagree. Every change is recorded in the history.
 */
public final class Dossier {

    private final DossierId id;
    private final String contentHash;
    private final Instant receivedAt;
    private final LocalDate statutoryDueDate;
    private final Map<Step, StepState> steps;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private DossierForm form;
    private Results results;
    private boolean originalBirthStatementSeen;
    private Reason refusal;
    private long version;

    private Dossier(DossierId id, DossierForm form, String contentHash, Instant receivedAt, LocalDate statutoryDueDate,
                    Map<Step, StepState> steps, Results results, boolean originalBirthStatementSeen, Reason refusal,
                    long version) {
        this.id = id;
        this.form = form;
        this.contentHash = contentHash;
        this.receivedAt = receivedAt;
        this.statutoryDueDate = statutoryDueDate;
        this.steps = new EnumMap<>(steps);
        this.results = results;
        this.originalBirthStatementSeen = originalBirthStatementSeen;
        this.refusal = refusal;
        this.version = version;
    }

    /** A dossier just accepted from the portal; nothing is asked of any agency yet. */
    public static Dossier receive(DossierId id, DossierForm form, String contentHash, Instant now,
                                  LocalDate statutoryDueDate) {
        Map<Step, StepState> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            steps.put(step, StepState.notStarted(step));
        }
        var dossier = new Dossier(id, form, contentHash, now, statutoryDueDate, steps, Results.none(), false, null, 0);
        dossier.record(now, "SUBMITTED", null, "Đã tiếp nhận hồ sơ.", "Dossier received.");
        return dossier;
    }

    /** Rebuilds a stored dossier. */
    public static Dossier restore(DossierId id, DossierForm form, String contentHash, Instant receivedAt,
                                  LocalDate statutoryDueDate, Collection<StepState> steps, Results results,
                                  boolean originalBirthStatementSeen, Reason refusal, long version) {
        Map<Step, StepState> byStep = new EnumMap<>(Step.class);
        steps.forEach(state -> byStep.put(state.step(), state));
        for (Step step : Step.values()) {
            byStep.putIfAbsent(step, StepState.notStarted(step));
        }
        return new Dossier(id, form, contentHash, receivedAt, statutoryDueDate, byStep, results,
                originalBirthStatementSeen, refusal, version);
    }

    public DossierStatus status() {
        if (refusal != null) {
            return DossierStatus.REFUSED;
        }
        Collection<StepState> all = steps.values();
        if (all.stream().allMatch(s -> s.status() == StepStatus.COMPLETED)) {
            return DossierStatus.COMPLETED;
        }
        if (all.stream().anyMatch(s -> s.status() == StepStatus.ACTION_REQUIRED)) {
            return DossierStatus.ACTION_REQUIRED;
        }
        boolean untouched = all.stream().allMatch(s -> s.attempts() == 0
                && (s.status() == StepStatus.NOT_STARTED || s.status() == StepStatus.SCHEDULED));
        return untouched ? DossierStatus.RECEIVED : DossierStatus.IN_PROGRESS;
    }

    /** An attempt at {@code step} becomes due at {@code dueAt}. */
    public void schedule(Step step, Instant dueAt) {
        steps.put(step, steps.get(step).scheduled(dueAt));
    }

    /** Starts {@code step} with a new request to its agency; returns the request's command id. */
    public UUID begin(Step step, Instant now) {
        UUID commandId = UUID.randomUUID();
        steps.put(step, steps.get(step).begun(commandId, now));
        record(now, "STEP_STARTED", step, "Bắt đầu bước " + vi(step) + ".", "Started " + en(step) + ".");
        return commandId;
    }

    /**
     * One more attempt at the step's current request is being made; until {@code leaseUntil} no
     * one else makes another (null: the agency answers by message, no lease needed).
     */
    public void attempting(Step step, Instant leaseUntil) {
        steps.put(step, steps.get(step).attempted(leaseUntil));
    }

    /** Records the agency's result; false when the reply is stale or repeated and changed nothing. */
    public boolean complete(UUID commandId, StepResult result, Instant now) {
        Step step = result.step();
        if (!steps.get(step).awaits(commandId)) {
            return false;
        }
        steps.put(step, steps.get(step).completed(now));
        results = results.with(result);
        record(now, "STEP_COMPLETED", step, "Hoàn thành bước " + vi(step) + ".", "Completed " + en(step) + ".");
        if (status() == DossierStatus.COMPLETED) {
            record(now, "COMPLETED", null, "Hồ sơ đã giải quyết xong.", "All steps completed.");
        }
        return true;
    }

    /** A passing failure; the same request is tried again at {@code nextAttemptAt}. */
    public boolean retryLater(Step step, UUID commandId, Reason error, Instant nextAttemptAt, Instant now) {
        if (!steps.get(step).awaits(commandId)) {
            return false;
        }
        steps.put(step, steps.get(step).waitingRetry(error, nextAttemptAt));
        record(now, "ATTEMPT_FAILED", step, "Lỗi tạm thời, sẽ tự thử lại: " + error.messageVi(),
                "Temporary failure, will retry: " + error.messageEn());
        return true;
    }

    /**
     * The agency refused the current request, or the step cannot start without a person:
     * the step waits for {@code action}. {@code commandId} is null for a step not yet sent.
     */
    public boolean requireAction(Step step, UUID commandId, RequiredAction action, Instant now) {
        StepState state = steps.get(step);
        boolean applies = commandId == null ? state.status() == StepStatus.NOT_STARTED : state.awaits(commandId);
        if (!applies) {
            return false;
        }
        Reason first = action.reasons().isEmpty() ? null : action.reasons().get(0);
        steps.put(step, state.actionRequired(action, first));
        record(now, "ACTION_REQUIRED", step, action.messageVi(), action.messageEn());
        return true;
    }

    /**
     * Replaces the form with the supplemented one. Only steps waiting for a supplement start
     * again; a section that a completed step already used cannot change.
     */
    public void supplement(DossierForm supplemented, String note, Instant now) {
        List<RequiredAction> awaited = requiredActions().stream()
                .filter(a -> a.kind() == RequiredAction.Kind.SUPPLEMENT).toList();
        if (status().isFinal() || awaited.isEmpty()) {
            throw new DossierStateException("NOT_AWAITING_SUPPLEMENT",
                    "Hồ sơ không ở trạng thái chờ bổ sung.", "The dossier is not waiting for a supplement.");
        }
        List<String> locked = FormSections.changedButLocked(form, supplemented, completedSteps());
        if (!locked.isEmpty()) {
            throw new SupplementConflictException(locked);
        }
        form = supplemented;
        awaited.forEach(action -> steps.put(action.step(), steps.get(action.step()).restartable()));
        record(now, "SUPPLEMENTED", null, "Người nộp đã bổ sung hồ sơ." + note(note),
                "The applicant supplemented the dossier." + note(note));
    }

    /** An officer has seen the original written statement of a birth outside a health facility. */
    public void confirmOriginalBirthStatement(String officerId, String note, Instant now) {
        StepState birth = steps.get(Step.BIRTH_REGISTRATION);
        if (birth.status() != StepStatus.ACTION_REQUIRED || birth.requiredAction().kind() != RequiredAction.Kind.OFFICER) {
            throw new DossierStateException("NOT_AWAITING_OFFICER",
                    "Hồ sơ không chờ công chức xem bản chính.", "The dossier is not waiting for this officer action.");
        }
        originalBirthStatementSeen = true;
        steps.put(Step.BIRTH_REGISTRATION, birth.restartable());
        record(now, "OFFICER_ACTION", Step.BIRTH_REGISTRATION,
                "Công chức " + officerId + " đã xem bản chính văn bản xác nhận việc sinh." + note(note),
                "Officer " + officerId + " saw the original written statement of the birth." + note(note));
    }

    /** Refuses the dossier when a supplement was due before {@code today} and did not come. */
    public boolean refuseIfSupplementOverdue(LocalDate today, Instant now) {
        if (status().isFinal()) {
            return false;
        }
        Optional<RequiredAction> overdue = requiredActions().stream()
                .filter(a -> a.kind() == RequiredAction.Kind.SUPPLEMENT && a.dueDate() != null && a.dueDate().isBefore(today))
                .findFirst();
        overdue.ifPresent(action -> {
            refusal = new Reason("SUPPLEMENT_PERIOD_EXPIRED", null,
                    "Hết hạn bổ sung hồ sơ (" + action.dueDate() + ") mà chưa bổ sung.",
                    "The supplement period ended on " + action.dueDate() + " without a supplement.");
            record(now, "REFUSED", action.step(), refusal.messageVi(), refusal.messageEn());
        });
        return overdue.isPresent();
    }

    public List<RequiredAction> requiredActions() {
        return steps.values().stream()
                .filter(s -> s.status() == StepStatus.ACTION_REQUIRED)
                .map(StepState::requiredAction)
                .toList();
    }

    private List<Step> completedSteps() {
        return steps.values().stream().filter(s -> s.status() == StepStatus.COMPLETED).map(StepState::step).toList();
    }

    private void record(Instant at, String event, Step step, String vi, String en) {
        newHistory.add(new HistoryEntry(at, event, step, vi, en));
    }

    /** Marks the changes since loading as saved; returns the history they added. */
    public List<HistoryEntry> saved() {
        version++;
        List<HistoryEntry> added = List.copyOf(newHistory);
        newHistory.clear();
        return added;
    }

    public boolean hasChanges() {
        return !newHistory.isEmpty();
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : " (" + note.strip() + ")";
    }

    static String vi(Step step) {
        return switch (step) {
            case ID_NUMBER -> "cấp số định danh cá nhân";
            case BIRTH_REGISTRATION -> "đăng ký khai sinh";
            case RESIDENCE -> "đăng ký thường trú";
            case HEALTH_INSURANCE -> "cấp thẻ bảo hiểm y tế";
        };
    }

    static String en(Step step) {
        return switch (step) {
            case ID_NUMBER -> "personal ID number";
            case BIRTH_REGISTRATION -> "birth registration";
            case RESIDENCE -> "permanent residence registration";
            case HEALTH_INSURANCE -> "health-insurance card";
        };
    }

    public DossierId id() {
        return id;
    }

    public DossierForm form() {
        return form;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate statutoryDueDate() {
        return statutoryDueDate;
    }

    public StepState step(Step step) {
        return steps.get(step);
    }

    public Collection<StepState> steps() {
        return steps.values();
    }

    public Results results() {
        return results;
    }

    public boolean originalBirthStatementSeen() {
        return originalBirthStatementSeen;
    }

    public Optional<Reason> refusal() {
        return Optional.ofNullable(refusal);
    }

    public long version() {
        return version;
    }

    public List<HistoryEntry> unsavedHistory() {
        return List.copyOf(newHistory);
    }
}
