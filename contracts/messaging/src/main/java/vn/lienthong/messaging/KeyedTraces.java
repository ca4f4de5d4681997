package vn.lienthong.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * The {@code traceparent}s kept for {@code keys}, by key; a key without one is left out. A
     * service that keeps its traces in a database answers all of them in one query.
     */
    default Map<String, String> traceParentsOf(Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        for (String key : keys) {
            String traceParent = traceParentOf(key);
            if (traceParent != null) {
                found.put(key, traceParent);
            }
        }
        return found;
    }
}
