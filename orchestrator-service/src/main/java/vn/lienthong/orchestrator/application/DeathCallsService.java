package vn.lienthong.orchestrator.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.in.DeathCallsUseCase;
import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.application.port.out.CitizenLookup;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.death.DeathResults;
import vn.lienthong.orchestrator.domain.death.DeceasedCheck;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/**
 * Makes the death procedure's scheduled calls to the population database, as the ID-number step
 * makes its own: claimed in a short transaction, called outside any, recorded in another; passing
 * failures retried on the durable schedule with the same request id (so the database records a
 * death once), nothing claimed while ops pause the database or its breaker is open.
 */
public class DeathCallsService implements DeathCallsUseCase {

    private static final List<Step> CALLS = List.of(Step.DECEASED_CHECK, Step.DEATH_RECORD);

    private final Dossiers dossiers;
    private final PopulationDatabase populationDatabase;
    private final DossierSaga saga;
    private final Transactions transactions;
    private final ProcedureSettings settings;
    private final AgencyPauses pauses;

    public DeathCallsService(Dossiers dossiers, PopulationDatabase populationDatabase, DossierSaga saga,
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
        if (pauses.pauseOf(Agency.POPULATION_DATABASE).isPresent()) {
            return List.of();
        }
        int capacity = Math.min(max, populationDatabase.callCapacity());
        if (capacity <= 0) {
            return List.of();
        }
        return transactions.inTransaction(() -> {
            List<Attempt> claimed = new ArrayList<>();
            Instant now = saga.now();
            for (Step step : CALLS) {
                int left = capacity - claimed.size();
                if (left <= 0) {
                    break;
                }
                List<DossierId> due = dossiers.dueAttempts(step, now, left);
                dossiers.lockAll(due);
                for (DossierId id : due) {
                    dossiers.lock(id).ifPresent(dossier -> claimed.add(claim(dossier, step, now)));
                }
            }
            return claimed;
        });
    }

    private Attempt claim(Dossier dossier, Step step, Instant now) {
        var before = DossierSaga.Snapshot.of(dossier);
        StepState state = dossier.step(step);
        UUID requestId = state.status() == StepStatus.SCHEDULED ? dossier.begin(step, now) : state.commandId();
        dossier.attempting(step, now.plus(settings.idNumberLease()));
        saga.save(dossier, before);
        var registered = dossier.results().of(Step.DEATH_REGISTRATION, DeathResults.DeathRegistered.class);
        return new Attempt(dossier.id(), step, requestId, dossier.form(DeathForm.class), dossier.parentsVerified(),
                registered == null ? null : registered.deathExtractNumber());
    }

    @Override
    public Called call(Attempt attempt) {
        DeathForm form = attempt.form();
        if (attempt.step() == Step.DEATH_RECORD) {
            return new Called(attempt, populationDatabase.recordDeath(attempt.requestId(),
                    form.deceased().personalIdNumber(), form.death().dateOfDeath(), attempt.deathExtractNumber()));
        }
        if (attempt.deceasedConfirmed()) {
            return new Called(attempt, new CallOutcome.Completed(
                    new DeathResults.DeceasedChecked(form.deceased().personalIdNumber(), true)));
        }
        return new Called(attempt, checkDeceased(form));
    }

    private CallOutcome checkDeceased(DeathForm form) {
        CitizenLookup lookup = populationDatabase.findCitizen(form.deceased().personalIdNumber());
        if (lookup instanceof CitizenLookup.Failed failed) {
            return failed.outcome() instanceof IdNumberOutcome.TransientFailure failure
                    ? new CallOutcome.TransientFailure(failure.reason())
                    : new CallOutcome.NeedsOfficer(((IdNumberOutcome.PermissionDenied) failed.outcome()).reason());
        }
        if (lookup instanceof CitizenLookup.NotFound) {
            return new CallOutcome.InvalidData(List.of(DeceasedCheck.notFound()));
        }
        List<Reason> differences = DeceasedCheck.differences(form.deceased(), ((CitizenLookup.Found) lookup).person());
        return differences.isEmpty()
                ? new CallOutcome.Completed(new DeathResults.DeceasedChecked(form.deceased().personalIdNumber(), false))
                : new CallOutcome.NeedsReview(differences);
    }

    @Override
    public void record(List<Called> calls) {
        transactions.inTransaction(() -> {
            dossiers.lockAll(calls.stream().map(called -> called.attempt().dossierId()).toList());
            for (Called called : calls) {
                dossiers.lock(called.attempt().dossierId()).ifPresent(dossier -> {
                    var before = DossierSaga.Snapshot.of(dossier);
                    if (saga.recordCall(dossier, called.attempt().step(), called.attempt().requestId(),
                            called.outcome())) {
                        saga.advance(dossier);
                        saga.save(dossier, before);
                    }
                });
            }
            return null;
        });
    }

    @Override
    public int resumeWaitingAttempts() {
        return transactions.inTransaction(() -> {
            int resumed = 0;
            for (Step step : CALLS) {
                resumed += dossiers.bringForwardWaitingAttempts(step, saga.now(), Integer.MAX_VALUE);
            }
            return resumed;
        });
    }
}
