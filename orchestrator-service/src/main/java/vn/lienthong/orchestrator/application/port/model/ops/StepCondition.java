package vn.lienthong.orchestrator.application.port.model.ops;

/** Why ops look at a step. */
public enum StepCondition {
    /** Waits for a person ({@code ACTION_REQUIRED}), or waits to retry after a failure. */
    FAILED,
    /** Scheduled or waiting to retry: an automatic attempt is due now or later. */
    WAITING,
    /**
     * In progress for longer than the stuck-after setting: an agency over Kafka measured from
     * when the request was sent, the population database from when the attempt's lease ran out.
     */
    STUCK
}
