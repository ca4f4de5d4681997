package vn.lienthong.orchestrator.application.port.in;

import java.util.List;

import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.orchestrator.application.port.model.DossierPage;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.HistoryEntry;
import vn.lienthong.rules.access.Caller;

/**
 * Reading dossiers, as their caller may: a dossier the caller may not see is not found
 * ({@link DossierNotFoundException}), so its existence is not disclosed.
 */
public interface FindDossiersUseCase {

    DossierDetails find(DossierId id, Caller caller);

    /** Throws {@link DossierNotFoundException} unless the dossier exists and the caller may see it. */
    void requireVisible(DossierId id, Caller caller);

    /** The dossiers the filter asks for, among those the caller may see. */
    DossierPage list(DossierFilter filter, Caller caller);

    /**
     * A dossier as the caller may read it. {@code registeredValuesVisible}: whether the caller may
     * see what the population database holds where it differs from the dossier (the dossier's
     * commune staff, ops and administrators; never the portal).
     */
    record DossierDetails(Dossier dossier, List<HistoryEntry> history, boolean registeredValuesVisible) {
    }
}
