package vn.lienthong.orchestrator.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.DossierStatus;

/** One page of dossiers, newest first, with how many match in all. */
public record DossierPage(List<Summary> items, int page, int size, long totalItems) {

    public record Summary(UUID dossierId, String portalDossierCode, String registrationCommuneCode, String childFullName,
                          DossierStatus status, Instant receivedAt, Instant updatedAt, LocalDate statutoryDueDate) {
    }
}
