package vn.lienthong.orchestrator.domain.dossier;

/** The four things the family asked for, each done by one agency. */
public enum Step {
    /** National population database: the child's personal ID number. */
    ID_NUMBER,
    /** Civil-status database: birth registration and electronic birth certificate. */
    BIRTH_REGISTRATION,
    /** Police residence database: permanent residence. */
    RESIDENCE,
    /** Social insurance: the under-6 health-insurance card. */
    HEALTH_INSURANCE
}
