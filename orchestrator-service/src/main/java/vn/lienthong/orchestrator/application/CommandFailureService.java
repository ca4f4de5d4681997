package vn.lienthong.orchestrator.application;

import java.util.UUID;
import java.util.function.Function;

import vn.lienthong.orchestrator.application.port.in.RecordCommandFailureUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.procedure.Procedures;
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
        fail(dossierId, step, commandId, actual -> StepOutcomes.notDeliverable(actual, detail));
    }

    @Override
    public void deadLettered(DossierId dossierId, Step step, UUID commandId, String where) {
        fail(dossierId, step, commandId, actual -> StepOutcomes.deadLettered(actual, where));
    }

    private void fail(DossierId dossierId, Step step, UUID commandId, Function<Step, RequiredAction> action) {
        transactions.inTransaction(() -> dossiers.lock(dossierId).map(dossier -> {
            var before = DossierSaga.Snapshot.of(dossier);
            Step actual = sentAs(dossier, step, commandId);
            if (dossier.requireAction(actual, commandId, action.apply(actual), saga.now())) {
                saga.save(dossier, before);
            }
            return dossier;
        }));
    }

    /**
     * The dossier's step that sent {@code commandId}: an agency's command topic carries the
     * commands of every procedure's steps it does, so the topic names the agency, the id the step.
     */
    private static Step sentAs(Dossier dossier, Step step, UUID commandId) {
        Agency agency = Procedures.agencyOf(step);
        return dossier.steps().stream()
                .filter(state -> commandId.equals(state.commandId()) && Procedures.agencyOf(state.step()) == agency)
                .map(StepState::step)
                .findFirst()
                .orElse(step);
    }
}
