package vn.lienthong.orchestrator.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase;
import vn.lienthong.orchestrator.application.port.out.CitizenLookup;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.procedure.StepOutcomes;

/**
 * Gets the child's personal ID number from the population database, which checks the parents
 * against its records in the same request, until they are verified. Passing failures are retried on their own with growing pauses; invalid data goes
 * back to the applicant, parents who differ, a child who may already be a citizen and a refused
 * permission to an officer, and a dossier that waited too long to an officer who obtains the
 * number from the commune police. The request id stays the same across retries, so the database
 * never gives one child two numbers; once an officer confirmed the child is not the citizen the
 * database matched, the step starts again with a new request id carrying that confirmation. While
 * ops pause the population database, no attempt is claimed and no manual number is checked.
 */
public class IdNumberStepService implements IdNumberStepUseCase {

    private final Dossiers dossiers;
    private final PopulationDatabase populationDatabase;
    private final DossierSaga saga;
    private final Transactions transactions;
    private final ProcedureSettings settings;
    private final AgencyPauses pauses;

    public IdNumberStepService(Dossiers dossiers, PopulationDatabase populationDatabase, DossierSaga saga,
                               Transactions transactions, ProcedureSettings settings, AgencyPauses pauses) {
        this.dossiers = dossiers;
        this.populationDatabase = populationDatabase;
        this.saga = saga;
        this.transactions = transactions;
        this.settings = settings;
        this.pauses = pauses;
    }

    @Override
    public List<Attempt> claimDueAttempts(int max) {
        if (paused()) {
            return List.of();
        }
        int capacity = Math.min(max, populationDatabase.callCapacity());
        if (capacity <= 0) {
            return List.of();
        }
        return transactions.inTransaction(() -> {
            List<Attempt> claimed = new ArrayList<>();
            Instant now = saga.now();
            List<DossierId> due = dossiers.dueAttempts(Step.ID_NUMBER, now, capacity);
            dossiers.lockAll(due);
            for (DossierId id : due) {
                dossiers.lock(id).ifPresent(dossier -> claimed.add(claim(dossier, now)));
            }
            return claimed;
        });
    }

    private Attempt claim(Dossier dossier, Instant now) {
        var before = DossierSaga.Snapshot.of(dossier);
        StepState step = dossier.step(Step.ID_NUMBER);
        // A scheduled step starts a new request; a retry (or a replay) repeats the same one.
        UUID requestId = step.status() == StepStatus.SCHEDULED ? dossier.begin(Step.ID_NUMBER, now) : step.commandId();
        dossier.attempting(Step.ID_NUMBER, now.plus(settings.idNumberLease()));
        saga.save(dossier, before);
        DuplicateReview distinctChild = dossier.duplicateReview().filter(DuplicateReview::confirmedDistinct).orElse(null);
        return new Attempt(dossier.id(), requestId, dossier.form(DossierForm.class), dossier.parentsVerified(), distinctChild);
    }

    @Override
    public Called call(Attempt attempt) {
        // One request: the parents are checked in the assignment itself until they are verified.
        return called(attempt, populationDatabase.assignIdNumber(attempt.requestId(), attempt.form(),
                attempt.distinctChild(), !attempt.parentsVerified()));
    }

    private static Called called(Attempt attempt, IdNumberOutcome outcome) {
        boolean parentsMatch = attempt.parentsVerified()
                || outcome instanceof IdNumberOutcome.Assigned assigned && assigned.parentsChecked();
        return new Called(attempt, outcome, parentsMatch);
    }

    /** One request for all of them: the database answers each as it would alone. */
    @Override
    public List<Called> callAll(List<Attempt> attempts) {
        List<IdNumberOutcome> outcomes = populationDatabase.assignIdNumbers(attempts.stream()
                .map(attempt -> new PopulationDatabase.NumberRequest(attempt.requestId(), attempt.form(),
                        attempt.distinctChild(), !attempt.parentsVerified()))
                .toList());
        List<Called> called = new ArrayList<>(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            called.add(called(attempts.get(i), outcomes.get(i)));
        }
        return called;
    }

    @Override
    public void record(List<Called> calls) {
        transactions.inTransaction(() -> {
            dossiers.lockAll(calls.stream().map(called -> called.attempt().dossierId()).toList());
            for (Called called : calls) {
                dossiers.lock(called.attempt().dossierId()).ifPresent(dossier -> {
                    var before = DossierSaga.Snapshot.of(dossier);
                    if (record(dossier, called.attempt().requestId(), called.outcome())) {
                        if (called.parentsChecked()) {
                            dossier.parentsMatchPopulationDatabase();
                        }
                        saga.advance(dossier);
                        saga.save(dossier, before);
                    }
                });
            }
            return null;
        });
    }

    private boolean record(Dossier dossier, UUID requestId, IdNumberOutcome outcome) {
        Instant now = saga.now();
        if (outcome instanceof IdNumberOutcome.Assigned assigned) {
            return dossier.complete(requestId,
                    StepResult.IdNumberAssigned.fromPopulationDatabase(assigned.personalIdNumber()), now);
        }
        if (outcome instanceof IdNumberOutcome.TransientFailure failure) {
            int attempts = dossier.step(Step.ID_NUMBER).attempts();
            boolean recorded = dossier.retryLater(Step.ID_NUMBER, requestId, failure.reason(),
                    now.plus(settings.retryDelay(attempts)), now);
            if (recorded && waitedTooLong(dossier, now)) {
                dossier.escalateIdNumber(now);
            }
            return recorded;
        }
        if (outcome instanceof IdNumberOutcome.InvalidData invalid) {
            return dossier.requireAction(Step.ID_NUMBER, requestId,
                    StepOutcomes.supplementFor(Step.ID_NUMBER, invalid.reasons(), saga.supplementDueDate()), now);
        }
        if (outcome instanceof IdNumberOutcome.PossibleDuplicate duplicate) {
            return dossier.possibleDuplicate(requestId, duplicate.existingPersonalIdNumber(), duplicate.matchedFields(),
                    now);
        }
        if (outcome instanceof IdNumberOutcome.ParentsDiffer differ) {
            return dossier.requireAction(Step.ID_NUMBER, requestId,
                    new RequiredAction(RequiredAction.Kind.REVIEW, Step.ID_NUMBER, differ.differences(), null), now);
        }
        var denied = (IdNumberOutcome.PermissionDenied) outcome;
        return dossier.requireAction(Step.ID_NUMBER, requestId,
                new RequiredAction(RequiredAction.Kind.OFFICER, Step.ID_NUMBER, List.of(denied.reason()), null), now);
    }

    private boolean paused() {
        return pauses.pauseOf(Agency.POPULATION_DATABASE).isPresent();
    }

    private boolean waitedTooLong(Dossier dossier, Instant now) {
        return !now.isBefore(dossier.receivedAt().plus(settings.escalateIdNumberAfter()));
    }

    @Override
    public int resumeWaitingAttempts() {
        return probe(Integer.MAX_VALUE);
    }

    @Override
    public int probe(int calls) {
        return transactions.inTransaction(() -> dossiers.bringForwardWaitingAttempts(Step.ID_NUMBER, saga.now(), calls));
    }

    @Override
    public int escalateOverdue() {
        Instant now = saga.now();
        int escalated = 0;
        for (DossierId id : dossiers.waitingForAttemptSince(Step.ID_NUMBER, now.minus(settings.escalateIdNumberAfter()), 500)) {
            boolean done = transactions.inTransaction(() -> dossiers.lock(id).map(dossier -> {
                var before = DossierSaga.Snapshot.of(dossier);
                boolean changed = waitedTooLong(dossier, now) && dossier.escalateIdNumber(now);
                if (changed) {
                    saga.save(dossier, before);
                }
                return changed;
            }).orElse(false));
            escalated += done ? 1 : 0;
        }
        return escalated;
    }

    @Override
    public int verifyManualNumbers(int max) {
        if (paused()) {
            return 0;
        }
        int verified = 0;
        for (DossierId id : dossiers.withIdNumberAwaitingVerification(max)) {
            Optional<Dossier> dossier = dossiers.find(id);
            if (dossier.isEmpty() || !dossier.get().idNumberAwaitsVerification()) {
                continue;
            }
            String number = dossier.get().results().personalIdNumber();
            CitizenLookup lookup = populationDatabase.findCitizen(number);
            if (lookup instanceof CitizenLookup.Failed) {
                continue;
            }
            List<Reason> differences = lookup instanceof CitizenLookup.Found found
                    ? ChildCheck.differences(dossier.get().form(DossierForm.class), found.person())
                    : List.of(ChildCheck.notFound());
            transactions.inTransaction(() -> dossiers.lock(id).map(locked -> {
                var before = DossierSaga.Snapshot.of(locked);
                locked.idNumberVerified(differences, saga.now());
                saga.save(locked, before);
                return locked;
            }));
            verified++;
        }
        return verified;
    }
}
