package vn.lienthong.orchestrator.application.port.model;

import java.time.Instant;
import java.time.LocalDate;

import vn.lienthong.orchestrator.domain.dossier.OfficerTask;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * What an officer's worklist narrows the dossiers to, besides commune and status (null: any).
 *
 * @param step              dossiers at this step: it is scheduled, in progress, waiting to retry or
 *                          waiting for a person
 * @param overdue           past the statutory due date and not finished (true), or not (false)
 * @param today             the day {@code overdue} is judged on, in the procedure's zone
 * @param receivedFrom      received at or after this instant
 * @param receivedBefore    received before this instant
 * @param text              part of the portal dossier code or of the child's, mother's or father's
 *                          name, matched without marks or case
 * @param waitingForOfficer only dossiers waiting for an officer, oldest wait first
 * @param officerTask       only dossiers waiting for this officer task
 */
public record WorklistCriteria(Step step, Boolean overdue, LocalDate today, Instant receivedFrom,
                               Instant receivedBefore, String text, boolean waitingForOfficer,
                               OfficerTask officerTask) {

    public static final WorklistCriteria ANY = new WorklistCriteria(null, null, null, null, null, null, false, null);

    public WorklistCriteria {
        if (overdue != null && today == null) {
            throw new IllegalArgumentException("overdue is judged on a day");
        }
    }
}
