package vn.lienthong.contracts.dossier.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The dossier's status after a change, with every step's status, so a consumer needs no earlier
 * event to know where the dossier stands. {@code requiredAction} is null unless the status is
 * ACTION_REQUIRED. {@code sequence} grows by one with each change of the same dossier.
 */
public record DossierStatusChanged(
        UUID eventId,
        UUID dossierId,
        String portalDossierCode,
        String registrationCommuneCode,
        long sequence,
        String status,
        List<StepStatus> steps,
        RequiredAction requiredAction,
        Instant occurredAt) {

    /** A step (ID_NUMBER, BIRTH_REGISTRATION, RESIDENCE, HEALTH_INSURANCE) and its status. */
    public record StepStatus(String step, String status) {
    }

    /** What must happen before the dossier can go on, in Vietnamese and English. */
    public record RequiredAction(String kind, String step, String messageVi, String messageEn, String dueDate) {
    }
}
