package vn.lienthong.orchestrator.application;

import vn.lienthong.orchestrator.application.port.in.DossierNotFoundException;
import vn.lienthong.orchestrator.application.port.in.InvalidDossierException;
import vn.lienthong.orchestrator.application.port.in.ProgressDossierUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;

import java.util.function.Consumer;

/** Supplements, officers' actions and the end of the supplement period. */
public class DossierProgressService implements ProgressDossierUseCase {

    private final Dossiers dossiers;
    private final DossierSaga saga;
    private final Transactions transactions;

    public DossierProgressService(Dossiers dossiers, DossierSaga saga, Transactions transactions) {
        this.dossiers = dossiers;
        this.saga = saga;
        this.transactions = transactions;
    }

    @Override
    public DossierStatus supplement(DossierId dossierId, ProcedureForm supplemented, String note, String by) {
        return change(dossierId, dossier -> {
            var problems = dossier.procedure().check(supplemented, saga.today());
            if (!problems.isEmpty()) {
                throw new InvalidDossierException(problems);
            }
            dossier.supplement(supplemented, note, by, saga.now());
        });
    }

    @Override
    public DossierStatus confirmOriginalBirthStatement(DossierId dossierId, String officerId, String note) {
        return change(dossierId, dossier -> dossier.confirmOriginalBirthStatement(officerId, note, saga.now()));
    }

    @Override
    public DossierStatus confirmParentData(DossierId dossierId, String officerId, String note) {
        return change(dossierId, dossier -> dossier.confirmParentData(officerId, note, saga.now()));
    }

    @Override
    public DossierStatus confirmDistinctChild(DossierId dossierId, String officerId, String note) {
        return change(dossierId, dossier -> dossier.confirmDistinctChild(officerId, note, saga.now()));
    }

    @Override
    public DossierStatus confirmSameChild(DossierId dossierId, String officerId, String note) {
        return change(dossierId, dossier -> dossier.confirmSameChild(officerId, note, saga.now()));
    }

    @Override
    public DossierStatus recordManualIdNumber(DossierId dossierId, String personalIdNumber, String officerId,
                                              String note) {
        return change(dossierId, dossier -> dossier.recordManualIdNumber(personalIdNumber, officerId, note, saga.now()));
    }

    @Override
    public int refuseOverdueSupplements() {
        int refused = 0;
        for (DossierId id : dossiers.withSupplementDueBefore(saga.today(), 500)) {
            boolean done = transactions.inTransaction(() -> dossiers.lock(id).map(dossier -> {
                var before = DossierSaga.Snapshot.of(dossier);
                boolean overdue = dossier.refuseIfSupplementOverdue(saga.today(), saga.now());
                if (overdue) {
                    saga.save(dossier, before);
                }
                return overdue;
            }).orElse(false));
            refused += done ? 1 : 0;
        }
        return refused;
    }

    private DossierStatus change(DossierId dossierId, Consumer<Dossier> action) {
        return transactions.inTransaction(() -> {
            Dossier dossier = dossiers.lock(dossierId).orElseThrow(() -> new DossierNotFoundException(dossierId));
            var before = DossierSaga.Snapshot.of(dossier);
            action.accept(dossier);
            saga.advance(dossier);
            saga.save(dossier, before);
            return dossier.status();
        });
    }
}
