package vn.lienthong.orchestrator.application;

import java.util.List;
import java.util.Optional;

import vn.lienthong.orchestrator.application.port.in.ConflictingResubmissionException;
import vn.lienthong.orchestrator.application.port.in.InvalidDossierException;
import vn.lienthong.orchestrator.application.port.in.SubmitDossierUseCase;
import vn.lienthong.orchestrator.application.port.out.DossierEvents;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;
import vn.lienthong.orchestrator.domain.form.FieldProblem;
import vn.lienthong.orchestrator.domain.procedure.Procedure;

/** Accepts dossiers from the portal, once per portal dossier code. */
public class DossierIntakeService implements SubmitDossierUseCase {

    private final Dossiers dossiers;
    private final DossierSaga saga;
    private final DossierEvents events;
    private final Transactions transactions;

    public DossierIntakeService(Dossiers dossiers, DossierSaga saga, DossierEvents events, Transactions transactions) {
        this.dossiers = dossiers;
        this.saga = saga;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public Submission submit(Procedure procedure, ProcedureForm form, String contentHash, String submittedBy) {
        List<FieldProblem> problems = procedure.check(form, saga.today());
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
        Dossier dossier = Dossier.receive(DossierId.newId(), procedure, form, contentHash, saga.now(), saga.statutoryDueDate());
        // A repeat is found by storing the dossier, which stores nothing under a code already
        // known, and is then answered from the dossier stored. A procedure whose first steps send
        // a command looks first instead: what starting it sent would go out for a dossier never stored.
        if (saga.sendsOnStart(dossier)) {
            Optional<Submission> earlier = earlierSubmission(form, contentHash, submittedBy);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Optional<Submission> accepted = transactions.inTransaction(() -> {
            saga.advance(dossier);
            if (!dossiers.add(dossier, submittedBy)) {
                return Optional.empty();
            }
            events.statusChanged(dossier);
            return Optional.of(new Submission(dossier.id(), dossier.status(), false));
        });
        // Empty when the same code was accepted before or concurrently: answered as a repeat.
        return accepted.or(() -> earlierSubmission(form, contentHash, submittedBy)).orElseThrow();
    }

    private Optional<Submission> earlierSubmission(ProcedureForm form, String contentHash, String submittedBy) {
        return dossiers.findByPortalDossierCode(form.portalDossierCode()).map(existing -> {
            boolean sameClient = dossiers.access(existing.id()).map(access -> submittedBy.equals(access.submittedBy()))
                    .orElse(false);
            if (!sameClient) {
                // Another client's dossier: refused without naming it.
                throw new ConflictingResubmissionException(null);
            }
            if (!existing.contentHash().equals(contentHash)) {
                throw new ConflictingResubmissionException(existing.id());
            }
            return new Submission(existing.id(), existing.status(), true);
        });
    }
}
