package vn.lienthong.orchestrator.domain.procedure;

/** How a step's request reaches its agency. */
public enum Delivery {
    /**
     * A call the orchestrator makes itself when the attempt is due (the population database answers
     * synchronously over HTTP): the step is scheduled, a worker claims due attempts, retries passing
     * failures on a durable schedule behind a circuit breaker (ADR 0005), and a replay makes it due
     * again with the same request id.
     */
    SCHEDULED_CALL,
    /** A command sent through the outbox to the agency's Kafka topic; the agency answers by a reply message. */
    COMMAND
}
