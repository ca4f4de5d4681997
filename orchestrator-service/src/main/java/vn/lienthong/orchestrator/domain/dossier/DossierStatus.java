package vn.lienthong.orchestrator.domain.dossier;

public enum DossierStatus {
    /** Accepted; no agency has been asked yet. */
    RECEIVED,
    IN_PROGRESS,
    /** Waiting for the applicant or an officer; the required actions say what. */
    ACTION_REQUIRED,
    COMPLETED,
    /** Not granted, e.g. not supplemented within the supplement period. */
    REFUSED;

    public boolean isFinal() {
        return this == COMPLETED || this == REFUSED;
    }
}
