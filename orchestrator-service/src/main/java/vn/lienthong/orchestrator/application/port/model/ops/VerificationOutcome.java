package vn.lienthong.orchestrator.application.port.model.ops;

/** How checking one personal ID number against the population database ended. */
public enum VerificationOutcome {
    /** The database has the number; the item holds the name and date of birth it records. */
    FOUND,
    NOT_FOUND,
    /** Could not be checked: a refused permission, or passing failures in every round. */
    FAILED
}
