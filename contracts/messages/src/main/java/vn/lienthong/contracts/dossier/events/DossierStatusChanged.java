package vn.lienthong.contracts.dossier.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The dossier's status after a change, with every step's status, so a consumer needs no earlier
 * event to know where the dossier stands. {@code requiredActions} is empty unless the status is
 * ACTION_REQUIRED. {@code sequence} grows with each change of the same dossier, so a consumer can
 * drop an event older than one it already has.
 */
public record DossierStatusChanged(
        UUID eventId,
        UUID dossierId,
        String portalDossierCode,
        String registrationCommuneCode,
        long sequence,
        String status,
        List<StepStatus> steps,
        List<RequiredAction> requiredActions,
        Instant occurredAt) {

    /** A step (ID_NUMBER, BIRTH_REGISTRATION, RESIDENCE, HEALTH_INSURANCE) and its status. */
    public record StepStatus(String step, String status) {
    }

    /**
     * What must happen before a step can go on, in Vietnamese and English: {@code kind} SUPPLEMENT
     * (the applicant corrects the dossier by {@code dueDate}), OFFICER or REVIEW (an officer acts),
     * or OPS (technical support acts: the request could not be delivered or processed; nothing is
     * asked of the applicant).
     */
    public record RequiredAction(String kind, String step, String messageVi, String messageEn, String dueDate) {
    }
}
