package vn.lienthong.orchestrator.application.port.model.audit;

/** What an audit entry records. */
public enum AuditAction {
    // Ops actions, each with the operator's reason.
    REPLAY_STEP(true),
    BULK_REPLAY(true),
    PAUSE_AGENCY(true),
    RESUME_AGENCY(true),
    REDRIVE_DEAD_LETTER(true),
    REDRIVE_PARKED_MESSAGE(true),
    VERIFICATION_JOB(true),
    CANCEL_VERIFICATION_JOB(true),
    // Reads of a dossier's personal data, and what the portal and officers do to a dossier.
    READ_DOSSIER(false),
    LIST_DOSSIERS(false),
    SUBMIT_DOSSIER(false),
    SUPPLEMENT(false),
    OFFICER_ACTION(false),
    MANUAL_ID_NUMBER(false),
    // Reads of personal data through the ops API.
    READ_DEAD_LETTER(false),
    READ_PARKED_MESSAGE(false),
    READ_VERIFICATION_ITEMS(false),
    // A walk of the chain itself.
    VERIFY_AUDIT(false);

    private final boolean opsAction;

    AuditAction(boolean opsAction) {
        this.opsAction = opsAction;
    }

    /** An action of the ops API that changes something; counted as {@code lienthong.ops.actions} too. */
    public boolean isOpsAction() {
        return opsAction;
    }
}
