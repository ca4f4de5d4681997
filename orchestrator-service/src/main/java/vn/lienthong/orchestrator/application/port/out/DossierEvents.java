package vn.lienthong.orchestrator.application.port.out;

import vn.lienthong.orchestrator.domain.dossier.Dossier;

/** Tells the portal where a dossier stands, once the current transaction commits. */
public interface DossierEvents {

    void statusChanged(Dossier dossier);
}
