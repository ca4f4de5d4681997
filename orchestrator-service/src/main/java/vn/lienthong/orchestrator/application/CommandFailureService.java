package vn.lienthong.orchestrator.application;

import java.util.UUID;

import vn.lienthong.orchestrator.application.port.in.RecordCommandFailureUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.procedure.StepOutcomes;

/**
 * Fails the step whose current request could not be delivered or processed, for ops (an action of
 * kind OPS): the dossier shows it, ops see it in the FAILED list, and replaying the step sends a
 * new request. Joins the caller's transaction when there is one (the outbox relay's).
 */
public class CommandFailureService implements RecordCommandFailureUseCase {

    private final Dossiers dossiers;
    private final DossierSaga saga;
    private final Transactions transactions;

    public CommandFailureService(Dossiers dossiers, DossierSaga saga, Transactions transactions) {
        this.dossiers = dossiers;
        this.saga = saga;
        this.transactions = transactions;
    }

    @Override
    public void notDeliverable(DossierId dossierId, Step step, UUID commandId, String detail) {
        fail(dossierId, step, commandId, StepOutcomes.notDeliverable(step, detail));
    }

    @Override
    public void deadLettered(DossierId dossierId, Step step, UUID commandId, String where) {
        fail(dossierId, step, commandId, StepOutcomes.deadLettered(step, where));
    }

    private void fail(DossierId dossierId, Step step, UUID commandId, RequiredAction action) {
        transactions.inTransaction(() -> dossiers.lock(dossierId).map(dossier -> {
            var before = DossierSaga.Snapshot.of(dossier);
            if (dossier.requireAction(step, commandId, action, saga.now())) {
                saga.save(dossier, before);
            }
            return dossier;
        }));
    }
}
