package vn.lienthong.orchestrator.application.port.model.ops;

/** Where a background ops job stands. */
public enum JobStatus {
    RUNNING,
    /** Every item was handled and none failed. */
    DONE,
    /** Every item was handled and at least one failed; the counts and errors say which. */
    FAILED,
    /** Stopped by a person before every item was handled; what was done is kept. */
    CANCELLED
}
