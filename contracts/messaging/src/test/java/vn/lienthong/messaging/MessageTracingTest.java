package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** The trace context a message takes from its writer to its receiver, with the services' tracer. */
class MessageTracingTest {

    static final String DOSSIER = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final List<SpanData> ended = new ArrayList<>();
    private final OtelTracer tracer;
    private final MessageTracing tracing;

    MessageTracingTest() {
        var provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(new Kept())).build();
        var otel = provider.get("test");
        tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> { });
        tracing = new MessageTracing(tracer,
                new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel));
    }

    @Test
    void theWritersTraceIsTakenAsAW3cTraceParentAndNothingWhenNothingIsTraced() {
        assertThat(tracing.currentTraceParent()).isNull();
        Span writer = tracer.nextSpan().name("http post /api/v1/dossiers").start();
        try (var scope = tracer.withSpan(writer)) {
            assertThat(tracing.currentTraceParent())
                    .isEqualTo("00-" + writer.context().traceId() + "-" + writer.context().spanId() + "-01");
        } finally {
            writer.end();
        }
    }

    @Test
    void theReceiverContinuesTheWritersTraceInASpanNamingTheDossier() {
        Span writer = tracer.nextSpan().name("writer").start();
        String traceParent;
        try (var scope = tracer.withSpan(writer)) {
            traceParent = tracing.currentTraceParent();
        } finally {
            writer.end();
        }
        List<String> seenInside = new ArrayList<>();
        tracing.continueTrace(traceParent, "receive RegisterBirth", DOSSIER,
                () -> seenInside.add(tracing.currentTraceParent()));

        SpanData received = ended.get(ended.size() - 1);
        assertThat(received.getName()).isEqualTo("receive RegisterBirth");
        assertThat(received.getTraceId()).isEqualTo(writer.context().traceId());
        assertThat(received.getParentSpanId()).isEqualTo(writer.context().spanId());
        assertThat(received.getKind()).isEqualTo(io.opentelemetry.api.trace.SpanKind.CONSUMER);
        assertThat(received.getAttributes().asMap()).extractingFromEntries(entry -> entry.getKey().getKey() + "=" + entry.getValue())
                .containsExactly(MessageTracing.DOSSIER_TAG + "=" + DOSSIER);
        // What the handler writes to the outbox carries the receiver's span on.
        assertThat(seenInside).singleElement().asString().contains(writer.context().traceId())
                .contains(received.getSpanId());
    }

    @Test
    void aMessageWithoutTraceStartsItsOwnAndAKeyThatIsNoDossierIdIsNotTagged() {
        tracing.continueTrace(null, "receive message", "not a dossier id, maybe personal", () -> { });
        SpanData received = ended.get(ended.size() - 1);
        assertThat(received.getParentSpanContext().isValid()).isFalse();
        assertThat(received.getAttributes().isEmpty()).isTrue();
    }

    @Test
    void aFailureEndsTheSpanMarkedWithTheExceptionsClassOnly() {
        assertThatThrownBy(() -> tracing.continueTrace(null, "receive RegisterBirth", DOSSIER, () -> {
            throw new IllegalStateException("Nguyễn Văn A, 079201000001");
        })).isInstanceOf(IllegalStateException.class);
        SpanData received = ended.get(ended.size() - 1);
        assertThat(received.getAttributes().asMap().toString()).contains("IllegalStateException")
                .doesNotContain("079201000001").doesNotContain("Nguyễn");
        assertThat(received.getEvents()).isEmpty();
    }

    @Test
    void withoutATracerTheWorkRunsAsItIs() {
        List<String> ran = new ArrayList<>();
        MessageTracing.NONE.continueTrace("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "receive", DOSSIER,
                () -> ran.add("ran"));
        assertThat(ran).containsExactly("ran");
        assertThat(MessageTracing.NONE.currentTraceParent()).isNull();
    }

    private final class Kept implements SpanExporter {

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            ended.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
