package vn.lienthong.orchestrator.application;

import vn.lienthong.orchestrator.application.port.in.DossierNotFoundException;
import vn.lienthong.orchestrator.application.port.in.FindDossiersUseCase;
import vn.lienthong.orchestrator.application.port.out.DossierFilter;
import vn.lienthong.orchestrator.application.port.out.DossierPage;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.domain.dossier.DossierId;

public class DossierQueryService implements FindDossiersUseCase {

    private final Dossiers dossiers;

    public DossierQueryService(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public DossierDetails find(DossierId id) {
        return dossiers.find(id)
                .map(dossier -> new DossierDetails(dossier, dossiers.history(id)))
                .orElseThrow(() -> new DossierNotFoundException(id));
    }

    @Override
    public DossierPage list(DossierFilter filter) {
        return dossiers.list(filter);
    }
}
