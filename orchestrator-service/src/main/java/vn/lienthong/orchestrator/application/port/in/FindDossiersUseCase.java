package vn.lienthong.orchestrator.application.port.in;

import java.util.List;

import vn.lienthong.orchestrator.application.port.out.DossierFilter;
import vn.lienthong.orchestrator.application.port.out.DossierPage;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.HistoryEntry;

public interface FindDossiersUseCase {

    DossierDetails find(DossierId id);

    DossierPage list(DossierFilter filter);

    record DossierDetails(Dossier dossier, List<HistoryEntry> history) {
    }
}
