package vn.lienthong.orchestrator.application.port.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.OfficerTask;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** One page of dossiers, newest first (the officers' queue: oldest wait first), with how many match in all. */
public record DossierPage(List<Summary> items, int page, int size, long totalItems) {

    /**
     * @param currentSteps the steps the dossier is at (two at once after the birth registration)
     * @param waitingFor   who the dossier waits for, when it waits for a person: the kind of the
     *                     required action (SUPPLEMENT, OFFICER, REVIEW, OPS)
     * @param officerTask  what an officer is asked, when it waits for an officer
     * @param waitingSince since when it waits for that person
     * @param overdue      past its statutory due date and not finished
     */
    public record Summary(UUID dossierId, String portalDossierCode, String registrationCommuneCode, String childFullName,
                          DossierStatus status, Instant receivedAt, Instant updatedAt, LocalDate statutoryDueDate,
                          List<Step> currentSteps, String waitingFor, OfficerTask officerTask, Instant waitingSince,
                          boolean overdue) {

        public Summary {
            currentSteps = currentSteps == null ? List.of() : List.copyOf(currentSteps);
        }
    }
}
