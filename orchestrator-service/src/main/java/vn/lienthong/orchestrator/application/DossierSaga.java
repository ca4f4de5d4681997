package vn.lienthong.orchestrator.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.out.AgencyRequests;
import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.application.port.out.DossierEvents;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.calendar.WorkingCalendar;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.procedure.Procedure;
import vn.lienthong.orchestrator.domain.procedure.Procedures;
import vn.lienthong.orchestrator.domain.procedure.StepDeclaration;
import vn.lienthong.orchestrator.domain.procedure.StepOutcomes;

/**
 * The engine: carries out the {@link Procedure} a dossier follows, whichever it is. It starts the
 * steps the declaration names next (after their preconditions), through each agency's request port,
 * and saves the dossier with the messages in one transaction. A step declared as a scheduled call
 * is not sent but scheduled: its agency answers synchronously, so a worker makes the call when the
 * attempt is due. While ops pause an agency, its steps are held (scheduled, not sent) and go out
 * when it is resumed.
 */
public class DossierSaga {

    private final Map<Step, AgencyRequests> agencies = new EnumMap<>(Step.class);
    private final Dossiers dossiers;
    private final DossierEvents events;
    private final WorkingCalendar calendar;
    private final ProcedureSettings settings;
    private final AgencyPauses pauses;
    private final Clock clock;

    public DossierSaga(List<AgencyRequests> agencyRequests, Dossiers dossiers, DossierEvents events,
                       WorkingCalendar calendar, ProcedureSettings settings, AgencyPauses pauses, Clock clock) {
        agencyRequests.forEach(agency -> agency.steps().forEach(step -> agencies.put(step, agency)));
        for (Step step : Procedures.commands()) {
            if (!agencies.containsKey(step)) {
                throw new IllegalArgumentException("no agency takes requests for " + step);
            }
        }
        this.dossiers = dossiers;
        this.events = events;
        this.calendar = calendar;
        this.settings = settings;
        this.pauses = pauses;
        this.clock = clock;
    }

    /** Starts whatever the procedure says comes next. */
    public void advance(Dossier dossier) {
        Instant now = now();
        Procedure procedure = dossier.procedure();
        for (Step step : procedure.stepsToStart(dossier)) {
            StepDeclaration declared = procedure.declaration(step);
            Optional<RequiredAction> precondition = procedure.precondition(dossier, step);
            if (precondition.isPresent()) {
                dossier.requireAction(step, null, precondition.get(), now);
            } else if (declared.scheduledCall()) {
                dossier.schedule(step, now);
            } else if (pauses.pauseOf(declared.agency()).isPresent()) {
                dossier.hold(step, now);
            } else {
                start(dossier, step, now);
            }
        }
    }

    /**
     * Whether starting {@code dossier} now could send a command to an agency, rather than only
     * schedule a call, ask a person or hold a paused agency's step.
     */
    public boolean sendsOnStart(Dossier dossier) {
        Procedure procedure = dossier.procedure();
        return procedure.stepsToStart(dossier).stream().anyMatch(step -> !procedure.declaration(step).scheduledCall());
    }

    /** Sends a held step now that its agency is resumed; false if it is not held or still paused. */
    public boolean release(Dossier dossier, Step step) {
        if (!dossier.procedure().includes(step)) {
            return false;
        }
        StepDeclaration declared = dossier.procedure().declaration(step);
        if (declared.scheduledCall() || dossier.status().isFinal() || dossier.step(step).status() != StepStatus.SCHEDULED
                || pauses.pauseOf(declared.agency()).isPresent()) {
            return false;
        }
        start(dossier, step, now());
        return true;
    }

    /**
     * Sends the step's current request again under the same command id: an agency that handled it
     * answers with its stored reply, one that never got it handles it now.
     */
    public void resend(Dossier dossier, Step step) {
        agencies.get(step).send(step, dossier.step(step).commandId(), dossier);
        dossier.attempting(step, null);
    }

    private void start(Dossier dossier, Step step, Instant now) {
        UUID commandId = dossier.begin(step, now);
        agencies.get(step).send(step, commandId, dossier);
        dossier.attempting(step, null);
    }

    /**
     * Records what a scheduled call gave, whichever procedure's step it is: the result completes
     * the step; a passing failure is retried with the same request after the configured pause; refused
     * data asks the applicant for a supplement; a difference from the register asks an officer's review;
     * anything else an officer. False when the answer is stale or repeated and changed nothing.
     */
    public boolean recordCall(Dossier dossier, Step step, UUID requestId, CallOutcome outcome) {
        Instant now = now();
        if (outcome instanceof CallOutcome.Completed completed) {
            return dossier.complete(requestId, completed.result(), now);
        }
        if (outcome instanceof CallOutcome.TransientFailure failure) {
            int attempts = dossier.step(step).attempts();
            return dossier.retryLater(step, requestId, failure.reason(), now.plus(settings.retryDelay(attempts)), now);
        }
        if (outcome instanceof CallOutcome.InvalidData invalid) {
            return dossier.requireAction(step, requestId,
                    StepOutcomes.supplementFor(step, invalid.reasons(), supplementDueDate()), now);
        }
        if (outcome instanceof CallOutcome.NeedsReview review) {
            return dossier.requireAction(step, requestId,
                    new RequiredAction(RequiredAction.Kind.REVIEW, step, review.differences(), null), now);
        }
        var officer = (CallOutcome.NeedsOfficer) outcome;
        return dossier.requireAction(step, requestId,
                new RequiredAction(RequiredAction.Kind.OFFICER, step, List.of(officer.reason()), null), now);
    }

    /** Saves the dossier's changes and tells the portal if its status or a step's status changed. */
    public void save(Dossier dossier, Snapshot before) {
        dossiers.update(dossier);
        if (!Snapshot.of(dossier).equals(before)) {
            events.statusChanged(dossier);
        }
    }

    /** The last day to supplement a dossier that needs it from today. */
    public LocalDate supplementDueDate() {
        return calendar.addWorkingDays(today(), settings.supplementWorkingDays());
    }

    /** The procedure's statutory time limit for a dossier received today. */
    public LocalDate statutoryDueDate() {
        return calendar.addWorkingDays(today(), settings.statutoryWorkingDays());
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    /** The statuses the portal is told about; a change to any of them is an event. */
    public record Snapshot(DossierStatus status, List<StepStatus> steps) {

        public static Snapshot of(Dossier dossier) {
            return new Snapshot(dossier.status(), dossier.steps().stream().map(StepState::status).toList());
        }
    }
}
