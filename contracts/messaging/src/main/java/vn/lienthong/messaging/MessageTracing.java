package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.MessageTypes;

/**
 * Carries a trace from the transaction that writes a message to the one that handles it: the
 * outbox stores the writer's trace context with the message, the relay puts it in the Kafka
 * record's {@code traceparent} header, and the receiver handles the record in a span that
 * continues it. Without a tracer (tracing off) every method costs next to nothing.
 * <p>
 * Span names and tags hold the message type and the dossier id only, never the payload: it holds
 * the family's personal data.
 */
public final class MessageTracing {

    /** The tag naming the dossier a span worked on; the trace stores search by it. */
    public static final String DOSSIER_TAG = "lienthong.dossier.id";

    public static final MessageTracing NONE = new MessageTracing(Tracer.NOOP, Propagator.NOOP);

    private final Tracer tracer;
    private final Propagator propagator;

    public MessageTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Whether spans are made at all (false without a tracer). */
    public boolean isTracing() {
        return tracer != Tracer.NOOP;
    }

    /** The current span's W3C {@code traceparent}, or null when nothing is traced now. */
    public String currentTraceParent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(MessageHeaders.TRACE_PARENT);
    }

    /** Names the dossier on the current span, if any: the trace stores find a dossier's trace by it. */
    public void tagDossier(String dossierId) {
        Span span = tracer.currentSpan();
        if (span != null && !span.isNoop()) {
            span.tag(DOSSIER_TAG, dossierId);
        }
    }

    /**
     * Runs {@code work} in a span named {@code name} that continues {@code traceParent} (a new
     * trace when it is null), tagged with the dossier when {@code key} is a dossier id.
     */
    public void continueTrace(String traceParent, String name, String key, Runnable work) {
        continueTrace(traceParent, name, Span.Kind.CONSUMER, key, () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #continueTrace(String, String, String, Runnable)}, for work of another kind that gives a result. */
    public <T> T continueTrace(String traceParent, String name, Span.Kind kind, String key, Supplier<T> work) {
        if (tracer == Tracer.NOOP) {
            return work.get();
        }
        Span.Builder builder = traceParent == null
                ? tracer.spanBuilder().setNoParent()
                : propagator.extract(Map.of(MessageHeaders.TRACE_PARENT, traceParent), Map::get);
        builder = builder.name(name).kind(kind);
        if (isDossierId(key)) {
            builder = builder.tag(DOSSIER_TAG, key);
        }
        Span span = builder.start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            // The class only: a message can quote personal data.
            span.tag("error", e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** The {@code traceparent} of a received record's headers, as the binder maps them, or null. */
    static String traceParentOf(Map<String, Object> headers) {
        return text(headers.get(MessageHeaders.TRACE_PARENT));
    }

    /** "receive" and the message's type when it is a known one; a header from outside names no span. */
    static String receiveSpanName(Map<String, Object> headers) {
        String type = text(headers.get(MessageHeaders.MESSAGE_TYPE));
        return type != null && MessageTypes.forName(type).isPresent() ? "receive " + type : "receive message";
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static boolean isDossierId(String key) {
        if (key == null || key.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
