package vn.lienthong.orchestrator.domain.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;
import vn.lienthong.orchestrator.domain.procedure.Procedure;

/**
 * One bundled dossier and the progress of the steps of the procedure it follows (and only those).
 * The dossier's status is derived from its steps, so the two cannot disagree. Every change is
 * recorded in the history.
 */
public final class Dossier {

    private final DossierId id;
    private final Procedure procedure;
    private final String contentHash;
    private final Instant receivedAt;
    private final LocalDate statutoryDueDate;
    private final Map<Step, StepState> steps;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private final Set<Step> changedSteps = EnumSet.noneOf(Step.class);
    private boolean formChanged;
    private ProcedureForm form;
    private Results results;
    private boolean originalBirthStatementSeen;
    private boolean parentsVerified;
    private DuplicateReview duplicateReview;
    private Reason refusal;
    private long version;

    private Dossier(DossierId id, Procedure procedure, ProcedureForm form, String contentHash, Instant receivedAt, LocalDate statutoryDueDate,
                    Map<Step, StepState> steps, Results results, boolean originalBirthStatementSeen,
                    boolean parentsVerified, DuplicateReview duplicateReview, Reason refusal, long version) {
        this.id = id;
        this.procedure = procedure;
        this.form = form;
        this.contentHash = contentHash;
        this.receivedAt = receivedAt;
        this.statutoryDueDate = statutoryDueDate;
        this.steps = new EnumMap<>(steps);
        this.results = results;
        this.originalBirthStatementSeen = originalBirthStatementSeen;
        this.parentsVerified = parentsVerified;
        this.duplicateReview = duplicateReview;
        this.refusal = refusal;
        this.version = version;
    }

    /**
     * A dossier just accepted from the portal, with the steps of its procedure the form asks for;
     * nothing is asked of any agency yet.
     */
    public static Dossier receive(DossierId id, Procedure procedure, ProcedureForm form, String contentHash, Instant now,
                                  LocalDate statutoryDueDate) {
        Map<Step, StepState> steps = new EnumMap<>(Step.class);
        for (Step step : procedure.stepsFor(form)) {
            steps.put(step, StepState.notStarted(step));
        }
        var dossier = new Dossier(id, procedure, form, contentHash, now, statutoryDueDate, steps, Results.none(), false, false,
                null, null, 0);
        dossier.record(now, "SUBMITTED", null, "Đã tiếp nhận hồ sơ.", "Dossier received.");
        return dossier;
    }

    /** Rebuilds a stored dossier. */
    public static Dossier restore(DossierId id, Procedure procedure, ProcedureForm form, String contentHash, Instant receivedAt,
                                  LocalDate statutoryDueDate, Collection<StepState> steps, Results results,
                                  boolean originalBirthStatementSeen, boolean parentsVerified,
                                  DuplicateReview duplicateReview, Reason refusal, long version) {
        Map<Step, StepState> byStep = new EnumMap<>(Step.class);
        steps.stream().filter(state -> procedure.includes(state.step())).forEach(state -> byStep.put(state.step(), state));
        for (Step step : procedure.stepsFor(form)) {
            byStep.putIfAbsent(step, StepState.notStarted(step));
        }
        return new Dossier(id, procedure, form, contentHash, receivedAt, statutoryDueDate, byStep, results,
                originalBirthStatementSeen, parentsVerified, duplicateReview, refusal, version);
    }

    /** Replaces a step's state, remembering that it changed so only changed rows are written. */
    private void change(Step step, StepState state) {
        if (!state.equals(steps.put(step, state))) {
            changedSteps.add(step);
        }
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
        change(step, steps.get(step).scheduled(dueAt));
    }

    /**
     * Ops paused the step's agency: instead of starting, the step waits as scheduled and starts
     * when the agency is resumed. Recorded, so an officer sees why nothing moves.
     */
    public void hold(Step step, Instant now) {
        change(step, steps.get(step).scheduled(now));
        record(now, "STEP_HELD", step, "Tạm giữ bước " + vi(step) + ": cơ quan đang tạm dừng nhận yêu cầu tự động.",
                "Held " + en(step) + ": automatic requests to its agency are paused.");
    }

    /** Starts {@code step} with a new request to its agency; returns the request's command id. */
    public UUID begin(Step step, Instant now) {
        UUID commandId = UUID.randomUUID();
        change(step, steps.get(step).begun(commandId, now));
        record(now, "STEP_STARTED", step, "Bắt đầu bước " + vi(step) + ".", "Started " + en(step) + ".");
        return commandId;
    }

    /**
     * One more attempt at the step's current request is being made; until {@code leaseUntil} no
     * one else makes another (null: the agency answers by message, no lease needed).
     */
    public void attempting(Step step, Instant leaseUntil) {
        change(step, steps.get(step).attempted(leaseUntil));
    }

    /** Records the agency's result; false when the reply is stale or repeated and changed nothing. */
    public boolean complete(UUID commandId, StepResult result, Instant now) {
        Step step = result.step();
        if (!awaits(step, commandId)) {
            return false;
        }
        change(step, steps.get(step).completed(now));
        results = results.with(result);
        record(now, "STEP_COMPLETED", step, "Hoàn thành bước " + vi(step) + ".", "Completed " + en(step) + ".");
        if (status() == DossierStatus.COMPLETED) {
            record(now, "COMPLETED", null, "Hồ sơ đã giải quyết xong.", "All steps completed.");
        }
        return true;
    }

    /** Whether the dossier has {@code step} and it waits for an answer to {@code commandId}. */
    private boolean awaits(Step step, UUID commandId) {
        StepState state = steps.get(step);
        return state != null && state.awaits(commandId);
    }

    /** A passing failure; the same request is tried again at {@code nextAttemptAt}. */
    public boolean retryLater(Step step, UUID commandId, Reason error, Instant nextAttemptAt, Instant now) {
        if (!awaits(step, commandId)) {
            return false;
        }
        change(step, steps.get(step).waitingRetry(error, nextAttemptAt));
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
        if (state == null) {
            return false;
        }
        boolean applies = commandId == null ? state.status() == StepStatus.NOT_STARTED : state.awaits(commandId);
        if (!applies) {
            return false;
        }
        Reason first = action.reasons().isEmpty() ? null : action.reasons().get(0);
        change(step, state.actionRequired(action, first));
        record(now, "ACTION_REQUIRED", step, action.messageVi(), action.messageEn());
        return true;
    }

    /**
     * Replaces the form with the supplemented one. Only steps waiting for a supplement start
     * again; a section that a completed step already used cannot change. {@code by} names who
     * sent it (the portal's client, or an officer) as the history names people.
     */
    public void supplement(ProcedureForm supplemented, String note, String by, Instant now) {
        List<RequiredAction> awaited = requiredActions().stream()
                .filter(a -> a.kind() == RequiredAction.Kind.SUPPLEMENT || a.kind() == RequiredAction.Kind.REVIEW)
                .toList();
        if (status().isFinal() || awaited.isEmpty()) {
            throw new DossierStateException("NOT_AWAITING_SUPPLEMENT",
                    "Hồ sơ không ở trạng thái chờ bổ sung.", "The dossier is not waiting for a supplement.");
        }
        List<String> locked = procedure.changedButLocked(form, supplemented, completedSteps());
        if (!locked.isEmpty()) {
            throw new SupplementConflictException(locked);
        }
        if (supplemented.getClass() != form.getClass()) {
            throw new DossierStateException("NOT_THE_PROCEDURES_FORM",
                    "Hồ sơ bổ sung không đúng mẫu của thủ tục.", "The supplement is not this procedure's form.");
        }
        // Whether the people the population database was asked about changed: it is asked again.
        if (!Objects.equals(form.checkedPeople(), supplemented.checkedPeople())) {
            parentsVerified = false;
        }
        if (form instanceof DossierForm before && !sameChildData(before, (DossierForm) supplemented)) {
            // The review was of this child of this mother; other data asks the question anew.
            duplicateReview = null;
        }
        form = supplemented;
        formChanged = true;
        awaited.forEach(action -> change(action.step(), steps.get(action.step()).restartable()));
        record(now, "SUPPLEMENTED", null, "Hồ sơ đã được bổ sung bởi " + by + "." + note(note),
                "The dossier was supplemented by " + by + "." + note(note));
    }

    /** Whether the data the population database matches children by is unchanged. */
    private static boolean sameChildData(DossierForm before, DossierForm after) {
        return Objects.equals(motherNumber(before), motherNumber(after))
                && Objects.equals(before.child().fullName(), after.child().fullName())
                && before.child().sex() == after.child().sex()
                && Objects.equals(before.child().dateOfBirth(), after.child().dateOfBirth());
    }

    private static String motherNumber(DossierForm form) {
        return form.mother() == null ? null : form.mother().personalIdNumber();
    }

    /** An officer has seen the original written statement of a birth outside a health facility. */
    public void confirmOriginalBirthStatement(String officerId, String note, Instant now) {
        StepState birth = steps.get(Step.BIRTH_REGISTRATION);
        if (birth == null || birth.status() != StepStatus.ACTION_REQUIRED || birth.requiredAction().kind() != RequiredAction.Kind.OFFICER) {
            throw new DossierStateException("NOT_AWAITING_OFFICER",
                    "Hồ sơ không chờ công chức xem bản chính.", "The dossier is not waiting for this officer action.");
        }
        originalBirthStatementSeen = true;
        change(Step.BIRTH_REGISTRATION, birth.restartable());
        record(now, "OFFICER_ACTION", Step.BIRTH_REGISTRATION,
                "Công chức " + officerId + " đã xem bản chính văn bản xác nhận việc sinh." + note(note),
                "Officer " + officerId + " saw the original written statement of the birth." + note(note));
    }

    /** A retry waiting for a later time becomes due at {@code now}, repeating the same request. */
    public boolean bringForward(Step step, Instant now) {
        StepState state = steps.get(step);
        if (state == null || state.status() != StepStatus.WAITING_RETRY || !state.nextAttemptAt().isAfter(now)) {
            return false;
        }
        change(step, state.dueAgain(now));
        return true;
    }

    /** The parents were found in the population database as the dossier declares them. */
    public void parentsMatchPopulationDatabase() {
        parentsVerified = true;
    }

    /**
     * An officer confirms the data the population database differs on (a birth's parents, the
     * deceased) as the dossier declares it: the step under review starts again and completes on
     * the officer's word.
     */
    public void confirmParentData(String officerId, String note, Instant now) {
        StepState reviewed = steps.values().stream()
                .filter(state -> state.status() == StepStatus.ACTION_REQUIRED
                        && state.requiredAction().kind() == RequiredAction.Kind.REVIEW
                        && !state.requiredAction().concerns(PossibleDuplicate.CODE))
                .findFirst()
                .orElseThrow(() -> new DossierStateException("NOT_AWAITING_REVIEW",
                        "Hồ sơ không chờ đối chiếu thông tin với CSDL quốc gia về dân cư.",
                        "The dossier is not waiting for a review of data the population database differs on."));
        parentsVerified = true;
        change(reviewed.step(), reviewed.restartable());
        if (reviewed.step() == Step.ID_NUMBER) {
            record(now, "OFFICER_ACTION", Step.ID_NUMBER,
                    "Công chức " + officerId + " xác nhận thông tin cha mẹ trong hồ sơ." + note(note),
                    "Officer " + officerId + " confirmed the parents' data as declared." + note(note));
        } else {
            record(now, "OFFICER_ACTION", reviewed.step(),
                    "Công chức " + officerId + " xác nhận thông tin trong hồ sơ khác với CSDL quốc gia về dân cư." + note(note),
                    "Officer " + officerId + " confirmed the dossier's data where the population database differs."
                            + note(note));
        }
    }

    /**
     * The population database found a citizen who may be this child: the step waits for an
     * officer's review. False when the answer is stale or repeated and changed nothing.
     */
    public boolean possibleDuplicate(UUID requestId, String existingPersonalIdNumber, List<String> matchedFields,
                                     Instant now) {
        if (!requireAction(Step.ID_NUMBER, requestId, PossibleDuplicate.review(existingPersonalIdNumber, matchedFields),
                now)) {
            return false;
        }
        duplicateReview = DuplicateReview.pending(existingPersonalIdNumber);
        return true;
    }

    /**
     * An officer confirms the child is not the citizen the population database matched (twins
     * given the same name): the number is asked for again, as a new request carrying the
     * confirmation.
     */
    public void confirmDistinctChild(String officerId, String note, Instant now) {
        StepState idNumber = awaitingDuplicateReview();
        duplicateReview = duplicateReview.confirmedDistinctBy(officerId);
        change(Step.ID_NUMBER, idNumber.restartable());
        record(now, "OFFICER_ACTION", Step.ID_NUMBER,
                "Công chức " + officerId + " xác nhận trẻ khác với công dân số định danh "
                        + duplicateReview.existingPersonalIdNumber() + "; đề nghị cấp số mới." + note(note),
                "Officer " + officerId + " confirmed the child is not the citizen numbered "
                        + duplicateReview.existingPersonalIdNumber() + "; a new number is asked for." + note(note));
    }

    /**
     * An officer confirms the child is the citizen the population database matched: the child
     * already has a number, so the dossier is refused and no second number is asked for.
     */
    public void confirmSameChild(String officerId, String note, Instant now) {
        awaitingDuplicateReview();
        refusal = PossibleDuplicate.sameChild(duplicateReview.existingPersonalIdNumber(), officerId);
        record(now, "REFUSED", Step.ID_NUMBER, refusal.messageVi() + note(note), refusal.messageEn() + note(note));
    }

    private StepState awaitingDuplicateReview() {
        StepState idNumber = steps.get(Step.ID_NUMBER);
        if (status().isFinal() || idNumber == null || idNumber.status() != StepStatus.ACTION_REQUIRED
                || !idNumber.requiredAction().concerns(PossibleDuplicate.CODE) || duplicateReview == null) {
            throw new DossierStateException("NOT_AWAITING_DUPLICATE_REVIEW",
                    "Hồ sơ không chờ xác minh trẻ có trùng với công dân đã có số định danh hay không.",
                    "The dossier is not waiting for a review of a possible duplicate citizen.");
        }
        return idNumber;
    }

    /**
     * No number after waiting too long: automatic attempts stop and an officer obtains the number
     * from the commune police. False when the step is not waiting for an automatic attempt.
     */
    public boolean escalateIdNumber(Instant now) {
        StepState idNumber = steps.get(Step.ID_NUMBER);
        if (status().isFinal() || idNumber == null || !(idNumber.status() == StepStatus.SCHEDULED || idNumber.status() == StepStatus.WAITING_RETRY)) {
            return false;
        }
        var action = new RequiredAction(RequiredAction.Kind.OFFICER, Step.ID_NUMBER, List.of(new Reason(
                "OBTAIN_NUMBER_FROM_COMMUNE_POLICE", null,
                "Chưa lấy được số định danh từ CSDL quốc gia về dân cư: đề nghị lấy số tại Công an xã và nhập vào hồ sơ.",
                "No number from the population database in time: obtain it from the commune police and record it.")),
                null);
        change(Step.ID_NUMBER, idNumber.actionRequired(action, action.reasons().get(0)));
        record(now, "ACTION_REQUIRED", Step.ID_NUMBER, action.messageVi(), action.messageEn());
        return true;
    }

    /**
     * Records a number an officer obtained by hand, once automatic attempts have stopped. It is
     * checked against the population database afterwards; the saga goes on meanwhile.
     */
    public void recordManualIdNumber(String personalIdNumber, String officerId, String note, Instant now) {
        StepState idNumber = steps.get(Step.ID_NUMBER);
        if (idNumber == null || idNumber.status() != StepStatus.ACTION_REQUIRED
                || idNumber.requiredAction().kind() != RequiredAction.Kind.OFFICER) {
            throw new DossierStateException("NOT_AWAITING_MANUAL_NUMBER",
                    "Chỉ nhập số định danh thủ công khi hồ sơ chờ cán bộ lấy số.",
                    "A number is recorded by hand only while the dossier waits for an officer to obtain it.");
        }
        if (!PersonalIdNumberRules.isValidFor(personalIdNumber, form(DossierForm.class).child())) {
            throw new InvalidManualNumberException();
        }
        change(Step.ID_NUMBER, idNumber.completed(now));
        results = results.with(StepResult.IdNumberAssigned.manual(personalIdNumber));
        record(now, "MANUAL_ID_NUMBER", Step.ID_NUMBER,
                "Công chức " + officerId + " nhập số định danh lấy tại Công an xã; đang đối chiếu với CSDL dân cư." + note(note),
                "Officer " + officerId + " recorded a number obtained from the commune police; verification pending." + note(note));
    }

    /** Whether a manually recorded number awaits its check against the population database. */
    public boolean idNumberAwaitsVerification() {
        StepResult.IdNumberAssigned idNumber = results.of(Step.ID_NUMBER, StepResult.IdNumberAssigned.class);
        return idNumber != null && idNumber.verification() == StepResult.IdNumberAssigned.Verification.PENDING;
    }

    /**
     * The outcome of checking a manually recorded number: the fields in which the person the
     * population database has under it differs from the child (none: it matches). A mismatch is
     * flagged to the officer; the history names the fields, not the registered values.
     */
    public void idNumberVerified(List<Reason> differences, Instant now) {
        if (!idNumberAwaitsVerification()) {
            return;
        }
        String differencesVi = String.join(" ", differences.stream().map(Reason::messageVi).toList());
        String differencesEn = String.join(" ", differences.stream().map(Reason::messageEn).toList());
        results = results.with(results.of(Step.ID_NUMBER, StepResult.IdNumberAssigned.class)
                .verified(differences, differences.isEmpty() ? null : differencesEn));
        if (differences.isEmpty()) {
            record(now, "ID_NUMBER_VERIFIED", Step.ID_NUMBER, "Số định danh nhập thủ công khớp CSDL dân cư.",
                    "The manually recorded number matches the population database.");
        } else {
            record(now, "ID_NUMBER_MISMATCH", Step.ID_NUMBER,
                    "Số định danh nhập thủ công không khớp CSDL dân cư: " + differencesVi,
                    "The manually recorded number does not match the population database: " + differencesEn);
        }
    }

    /**
     * Ops replays a step that failed, waits or is stuck. A scheduled call (the ID-number step)
     * repeats the same request, so the population database answers with the same number if it ever
     * assigned one. A step sent as a command is sent again: with the same command id if it is still waiting for an
     * answer (the agency repeats its stored reply), or as a new request if the agency refused it.
     */
    public Replay replay(Step step, String operator, String why, Instant now) {
        StepState state = steps.get(step);
        boolean replayable = state != null && (state.status() == StepStatus.WAITING_RETRY || state.status() == StepStatus.ACTION_REQUIRED
                || state.status() == StepStatus.IN_PROGRESS || state.status() == StepStatus.SCHEDULED);
        if (status().isFinal() || !replayable) {
            throw new DossierStateException("NOT_REPLAYABLE",
                    "Bước này không thể chạy lại ở trạng thái hiện tại.", "This step cannot be replayed in its current state.");
        }
        Replay replay;
        if (procedure.declaration(step).scheduledCall()) {
            change(step, state.commandId() == null ? state.scheduled(now) : state.dueAgain(now));
            replay = Replay.SCHEDULED;
        } else if (state.status() == StepStatus.IN_PROGRESS) {
            replay = Replay.RESEND_SAME_COMMAND;
        } else {
            change(step, state.restartable());
            replay = Replay.NEW_COMMAND;
        }
        record(now, "REPLAYED", step, "Vận hành chạy lại bước " + vi(step) + " (" + operator + "): " + why,
                "Ops replayed " + en(step) + " (" + operator + "): " + why);
        return replay;
    }

    /** How a replayed step goes out again. */
    public enum Replay {
        SCHEDULED,
        RESEND_SAME_COMMAND,
        NEW_COMMAND
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
        changedSteps.clear();
        formChanged = false;
        return added;
    }

    /** Steps whose state changed since the dossier was loaded or last saved. */
    public Set<Step> changedSteps() {
        return Set.copyOf(changedSteps);
    }

    /** Whether the form was supplemented since the dossier was loaded or last saved. */
    public boolean formChanged() {
        return formChanged;
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : " (" + note.strip() + ")";
    }

    static String vi(Step step) {
        return step.nameVi();
    }

    static String en(Step step) {
        return step.nameEn();
    }

    public DossierId id() {
        return id;
    }

    /** The procedure the dossier follows. */
    public Procedure procedure() {
        return procedure;
    }

    public ProcedureForm form() {
        return form;
    }

    /** The form as the procedure's own type; a step of a procedure asks for its procedure's form. */
    public <F extends ProcedureForm> F form(Class<F> type) {
        return type.cast(form);
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

    public boolean parentsVerified() {
        return parentsVerified;
    }

    /** The population database's possible duplicate of the child and what an officer made of it, if any. */
    public Optional<DuplicateReview> duplicateReview() {
        return Optional.ofNullable(duplicateReview);
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
