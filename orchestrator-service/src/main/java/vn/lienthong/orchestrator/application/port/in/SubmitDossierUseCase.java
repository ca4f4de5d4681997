package vn.lienthong.orchestrator.application.port.in;

import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;
import vn.lienthong.orchestrator.domain.procedure.Procedure;
import vn.lienthong.orchestrator.domain.procedure.Procedures;

public interface SubmitDossierUseCase {

    /**
     * Accepts a dossier of {@code procedure} from the portal. Sending the same portal dossier code with the same
     * content again returns the same dossier ({@code replayed}); with other content it is refused
     * with {@link ConflictingResubmissionException}, as it is when another client used the code.
     * Invalid content raises {@link InvalidDossierException}. {@code submittedBy} is the client
     * whose token sent it: only that client reads and supplements it afterwards.
     */
    Submission submit(Procedure procedure, ProcedureForm form, String contentHash, String submittedBy);

    /** A dossier of the procedure the portal sends when it names none (the 3-in-1). */
    default Submission submit(DossierForm form, String contentHash, String submittedBy) {
        return submit(Procedures.DEFAULT, form, contentHash, submittedBy);
    }

    record Submission(DossierId dossierId, DossierStatus status, boolean replayed) {
    }
}
