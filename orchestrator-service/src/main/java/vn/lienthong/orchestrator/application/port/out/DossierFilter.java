package vn.lienthong.orchestrator.application.port.out;

import vn.lienthong.orchestrator.domain.dossier.DossierStatus;

/** A commune officer's view of the dossiers: both criteria are optional (null). */
public record DossierFilter(String communeCode, DossierStatus status, int page, int size) {
}
