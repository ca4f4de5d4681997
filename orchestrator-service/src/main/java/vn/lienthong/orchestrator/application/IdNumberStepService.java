package vn.lienthong.orchestrator.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.saga.ThreeInOneSaga;

/**
 * Gets the child's personal ID number from the population database. Passing failures are
 * retried on their own with growing pauses; invalid data goes back to the applicant, a refused
 * permission to an officer. The request id stays the same across retries, so the database
 * never gives one child two numbers.
 */
public class IdNumberStepService implements IdNumberStepUseCase {

    private final Dossiers dossiers;
    private final PopulationDatabase populationDatabase;
    private final DossierSaga saga;
    private final Transactions transactions;
    private final ProcedureSettings settings;

    public IdNumberStepService(Dossiers dossiers, PopulationDatabase populationDatabase, DossierSaga saga,
                               Transactions transactions, ProcedureSettings settings) {
        this.dossiers = dossiers;
        this.populationDatabase = populationDatabase;
        this.saga = saga;
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public List<Attempt> claimDueAttempts(int max) {
        return transactions.inTransaction(() -> {
            List<Attempt> claimed = new ArrayList<>();
            Instant now = saga.now();
            for (DossierId id : dossiers.dueAttempts(Step.ID_NUMBER, now, max)) {
                dossiers.lock(id).ifPresent(dossier -> claimed.add(claim(dossier, now)));
            }
            return claimed;
        });
    }

    private Attempt claim(Dossier dossier, Instant now) {
        var before = DossierSaga.Snapshot.of(dossier);
        StepState step = dossier.step(Step.ID_NUMBER);
        UUID requestId = step.status() == StepStatus.SCHEDULED ? dossier.begin(Step.ID_NUMBER, now) : step.commandId();
        dossier.attempting(Step.ID_NUMBER, now.plus(settings.idNumberLease()));
        saga.save(dossier, before);
        return new Attempt(dossier.id(), requestId, dossier.form());
    }

    @Override
    public void attempt(Attempt attempt) {
        IdNumberOutcome outcome = populationDatabase.assignIdNumber(attempt.requestId(), attempt.form());
        transactions.inTransaction(() -> dossiers.lock(attempt.dossierId()).map(dossier -> {
            var before = DossierSaga.Snapshot.of(dossier);
            if (record(dossier, attempt.requestId(), outcome)) {
                saga.advance(dossier);
                saga.save(dossier, before);
            }
            return dossier;
        }));
    }

    private boolean record(Dossier dossier, UUID requestId, IdNumberOutcome outcome) {
        Instant now = saga.now();
        if (outcome instanceof IdNumberOutcome.Assigned assigned) {
            return dossier.complete(requestId, new StepResult.IdNumberAssigned(assigned.personalIdNumber()), now);
        }
        if (outcome instanceof IdNumberOutcome.TransientFailure failure) {
            int attempts = dossier.step(Step.ID_NUMBER).attempts();
            return dossier.retryLater(Step.ID_NUMBER, requestId, failure.reason(),
                    now.plus(settings.retryDelay(attempts)), now);
        }
        if (outcome instanceof IdNumberOutcome.InvalidData invalid) {
            return dossier.requireAction(Step.ID_NUMBER, requestId,
                    ThreeInOneSaga.supplementFor(Step.ID_NUMBER, invalid.reasons(), saga.supplementDueDate()), now);
        }
        var denied = (IdNumberOutcome.PermissionDenied) outcome;
        return dossier.requireAction(Step.ID_NUMBER, requestId,
                new RequiredAction(RequiredAction.Kind.OFFICER, Step.ID_NUMBER, List.of(denied.reason()), null), now);
    }
}
