package vn.lienthong.orchestrator.application;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.procedure.StepOutcomes;

/**
 * Records what an agency answered and moves the saga on, in one transaction with the next
 * requests. A refusal puts the step in wait for a supplement, or for ops when the agency could not
 * process the request at all; it never discards the dossier.
 */
public class AgencyReplyService implements RecordAgencyReplyUseCase {

    private final Dossiers dossiers;
    private final DossierSaga saga;
    private final Transactions transactions;

    public AgencyReplyService(Dossiers dossiers, DossierSaga saga, Transactions transactions) {
        this.dossiers = dossiers;
        this.saga = saga;
        this.transactions = transactions;
    }

    @Override
    public void beforeReplies(Collection<DossierId> dossierIds) {
        dossiers.lockAll(dossierIds);
    }

    @Override
    public void completed(DossierId dossierId, UUID commandId, StepResult result) {
        transactions.inTransaction(() -> dossiers.lock(dossierId).map(dossier -> {
            var before = DossierSaga.Snapshot.of(dossier);
            if (dossier.complete(commandId, result, saga.now())) {
                saga.advance(dossier);
                saga.save(dossier, before);
            }
            return dossier;
        }));
    }

    @Override
    public void rejected(DossierId dossierId, Step step, UUID commandId, List<Reason> reasons) {
        transactions.inTransaction(() -> dossiers.lock(dossierId).map(dossier -> {
            var before = DossierSaga.Snapshot.of(dossier);
            var action = StepOutcomes.refusalOf(step, reasons, saga.supplementDueDate());
            if (dossier.requireAction(step, commandId, action, saga.now())) {
                saga.save(dossier, before);
            }
            return dossier;
        }));
    }
}
