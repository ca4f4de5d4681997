package vn.lienthong.orchestrator.application;

import vn.lienthong.orchestrator.application.port.in.DossierNotFoundException;
import vn.lienthong.orchestrator.application.port.in.FindDossiersUseCase;
import vn.lienthong.orchestrator.application.port.out.DossierAccess;
import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.orchestrator.application.port.model.DossierPage;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.rules.access.Caller;

public class DossierQueryService implements FindDossiersUseCase {

    private final Dossiers dossiers;

    public DossierQueryService(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public DossierDetails find(DossierId id, Caller caller) {
        DossierAccess access = dossiers.access(id).filter(found -> DossierVisibility.maySee(caller, found))
                .orElseThrow(() -> new DossierNotFoundException(id));
        return dossiers.find(id)
                .map(dossier -> new DossierDetails(dossier, dossiers.history(id),
                        DossierVisibility.maySeeRegisteredValues(caller, access)))
                .orElseThrow(() -> new DossierNotFoundException(id));
    }

    @Override
    public void requireVisible(DossierId id, Caller caller) {
        if (!dossiers.access(id).filter(access -> DossierVisibility.maySee(caller, access)).isPresent()) {
            throw new DossierNotFoundException(id);
        }
    }

    @Override
    public DossierPage list(DossierFilter filter, Caller caller) {
        return dossiers.list(DossierVisibility.limit(filter, caller));
    }
}
