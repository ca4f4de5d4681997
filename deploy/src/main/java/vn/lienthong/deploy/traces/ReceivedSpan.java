package vn.lienthong.deploy.traces;

import java.util.Map;

/**
 * One span as a service exported it: ids in lower-case hex (the parent's empty for a root), the
 * exporting service's {@code service.name}, times in nanoseconds since the epoch, and the
 * attributes as text.
 */
public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String service, String name,
                           String kind, long startNanos, long endNanos, Map<String, String> attributes) {

    public boolean isRoot() {
        return parentSpanId.isEmpty();
    }

    public double durationMillis() {
        return (endNanos - startNanos) / 1e6;
    }
}
