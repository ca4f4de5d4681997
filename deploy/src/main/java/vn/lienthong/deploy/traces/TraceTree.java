package vn.lienthong.deploy.traces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace as text: each span under its parent, indented, with its service, kind and duration; a
 * span whose parent was not received (yet) is shown at the top level.
 */
public final class TraceTree {

    private TraceTree() {
    }

    public static String render(List<ReceivedSpan> trace) {
        Set<String> ids = new HashSet<>();
        Map<String, List<ReceivedSpan>> children = new HashMap<>();
        trace.forEach(span -> ids.add(span.spanId()));
        List<ReceivedSpan> tops = new ArrayList<>();
        for (ReceivedSpan span : trace) {
            if (span.isRoot() || !ids.contains(span.parentSpanId())) {
                tops.add(span);
            } else {
                children.computeIfAbsent(span.parentSpanId(), parent -> new ArrayList<>()).add(span);
            }
        }
        long start = trace.stream().mapToLong(ReceivedSpan::startNanos).min().orElse(0);
        StringBuilder text = new StringBuilder();
        tops.stream().sorted(Comparator.comparingLong(ReceivedSpan::startNanos))
                .forEach(span -> append(text, span, children, start, 0));
        return text.toString();
    }

    private static void append(StringBuilder text, ReceivedSpan span, Map<String, List<ReceivedSpan>> children,
                               long traceStart, int depth) {
        text.append(String.format("%9.1f ms  %s%-28s %-9s %-40s %8.1f ms%n", (span.startNanos() - traceStart) / 1e6,
                "  ".repeat(depth), span.service(), span.kind(), span.name(), span.durationMillis()));
        children.getOrDefault(span.spanId(), List.of()).stream()
                .sorted(Comparator.comparingLong(ReceivedSpan::startNanos))
                .forEach(child -> append(text, child, children, traceStart, depth + 1));
    }
}
