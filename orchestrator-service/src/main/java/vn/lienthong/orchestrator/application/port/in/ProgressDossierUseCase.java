package vn.lienthong.orchestrator.application.port.in;

import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;

/** What people do to move a waiting dossier on. */
public interface ProgressDossierUseCase {

    /**
     * The applicant's corrected dossier; the steps waiting for it start again. {@code by}: who sent
     * it, as the history names people.
     */
    DossierStatus supplement(DossierId dossierId, ProcedureForm supplemented, String note, String by);

    /** An officer saw the original written statement of a birth outside a health facility. */
    DossierStatus confirmOriginalBirthStatement(DossierId dossierId, String officerId, String note);

    /** An officer confirms the parents' data although the population database differs. */
    DossierStatus confirmParentData(DossierId dossierId, String officerId, String note);

    /** An officer confirms the child is not the citizen the population database matched; a number is asked for. */
    DossierStatus confirmDistinctChild(DossierId dossierId, String officerId, String note);

    /** An officer confirms the child is the citizen the population database matched: the dossier is refused. */
    DossierStatus confirmSameChild(DossierId dossierId, String officerId, String note);

    /** An officer records the number obtained from the commune police; it is verified afterwards. */
    DossierStatus recordManualIdNumber(DossierId dossierId, String personalIdNumber, String officerId, String note);

    /** Refuses dossiers whose supplement period ended; returns how many. */
    int refuseOverdueSupplements();
}
