package vn.lienthong.orchestrator.application.port.out.ops;

/** The ops actions the audit log records. */
public enum OpsAction {
    REPLAY_STEP,
    BULK_REPLAY,
    PAUSE_AGENCY,
    RESUME_AGENCY,
    REDRIVE_DEAD_LETTER,
    REDRIVE_PARKED_MESSAGE,
    VERIFICATION_JOB,
    CANCEL_VERIFICATION_JOB
}
