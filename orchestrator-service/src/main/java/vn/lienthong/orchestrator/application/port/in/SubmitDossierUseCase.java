package vn.lienthong.orchestrator.application.port.in;

import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.form.DossierForm;

public interface SubmitDossierUseCase {

    /**
     * Accepts a dossier from the portal. Sending the same portal dossier code with the same
     * content again returns the same dossier ({@code replayed}); with other content it is refused
     * with {@link ConflictingResubmissionException}, as it is when another client used the code.
     * Invalid content raises {@link InvalidDossierException}. {@code submittedBy} is the client
     * whose token sent it: only that client reads and supplements it afterwards.
     */
    Submission submit(DossierForm form, String contentHash, String submittedBy);

    record Submission(DossierId dossierId, DossierStatus status, boolean replayed) {
    }
}
