package vn.lienthong.orchestrator.application.port.in;

import vn.lienthong.orchestrator.domain.dossier.DossierId;

public class DossierNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DossierNotFoundException(DossierId id) {
        super("no dossier " + id);
    }
}
