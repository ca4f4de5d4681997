package vn.lienthong.orchestrator.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A dossier as {@code GET /api/v1/dossiers/{id}} answers: its state, and its form as the portal
 * sent it (and supplements changed it), in the portal's field names, for the officer to read: a
 * {@link PortalDossier} for the 3-in-1 procedure, the death group's form for a death.
 */
public record DossierDocument(@JsonUnwrapped DossierResponse dossier, Object form) {
}
