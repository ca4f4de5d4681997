package vn.lienthong.orchestrator.application.port.in;

import java.util.List;

import vn.lienthong.orchestrator.application.port.out.DossierFilter;
import vn.lienthong.orchestrator.application.port.out.DossierPage;
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

    record DossierDetails(Dossier dossier, List<HistoryEntry> history) {
    }
}
