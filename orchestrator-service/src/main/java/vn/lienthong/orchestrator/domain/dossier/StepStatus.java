package vn.lienthong.orchestrator.domain.dossier;

public enum StepStatus {
    /** The procedure has not reached this step. */
    NOT_STARTED,
    /** An attempt is due at the step's next-attempt time. */
    SCHEDULED,
    /** The agency has the request and has not answered yet. */
    IN_PROGRESS,
    /** An attempt failed for a passing reason; the next is due at the next-attempt time. */
    WAITING_RETRY,
    /** A person must act: the applicant supplements the dossier, or an officer acts. */
    ACTION_REQUIRED,
    COMPLETED;

    public boolean isActive() {
        return this == SCHEDULED || this == IN_PROGRESS || this == WAITING_RETRY;
    }
}
