package vn.lienthong.messaging;

/**
 * The trace a message continues when it is written outside any traced work: a service whose
 * messages are keyed by something it keeps a trace for (the orchestrator: the dossier) provides
 * one, so that work done later on a background thread (an answer recorded in a batch) still joins
 * the dossier's trace.
 */
@FunctionalInterface
public interface KeyedTraces {

    /** The W3C {@code traceparent} kept for {@code key}, or null. */
    String traceParentOf(String key);
}
