package vn.lienthong.deploy.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.ByteString;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/** The receiver as a service's OTLP exporter meets it, and a dossier's trace as ops read it. */
class OtlpTraceReceiverTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String DOSSIER = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keepsTheSpansOfEachServiceAndShowsADossiersTraceAsATree(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("traces").resolve("spans.jsonl");
        try (var receiver = OtlpTraceReceiver.start(0, TraceStore.inFile(file, 100))) {
            assertThat(post(receiver, export("orchestrator-service", span("00f067aa0ba902b7", "", "http post /api/v1/dossiers",
                    Span.SpanKind.SPAN_KIND_SERVER, 0)))).isEqualTo(200);
            assertThat(post(receiver, export("civil-registry-service", span("b7ad6b7169203331", "00f067aa0ba902b7",
                    "receive RegisterBirth", Span.SpanKind.SPAN_KIND_CONSUMER, 5_000_000))))
                    .isEqualTo(200);

            List<ReceivedSpan> trace = receiver.store().trace(TRACE);
            assertThat(trace).extracting(ReceivedSpan::service).containsExactly("orchestrator-service", "civil-registry-service");
            assertThat(trace.get(0).isRoot()).isTrue();
            assertThat(trace.get(1).parentSpanId()).isEqualTo("00f067aa0ba902b7");
            assertThat(trace.get(1).kind()).isEqualTo("CONSUMER");
            assertThat(receiver.store().tracesOfDossier(DOSSIER)).containsExactly(TRACE);

            var shown = get(receiver, "/v1/dossiers/" + DOSSIER + "/trace");
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).contains("trace " + TRACE)
                    .containsPattern("\\n\\s+0\\.0 ms  orchestrator-service\\s+SERVER\\s+http post /api/v1/dossiers")
                    .containsPattern("\\n\\s+5\\.0 ms    civil-registry-service\\s+CONSUMER\\s+receive RegisterBirth");
            assertThat(get(receiver, "/v1/dossiers/11111111-2222-3333-4444-555555555555/trace").statusCode()).isEqualTo(404);
        }
        assertThat(Files.readAllLines(file)).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"traceId\":\"" + TRACE + "\""));
    }

    @Test
    void refusesWhatIsNotAnOtlpProtobufExport() throws Exception {
        try (var receiver = OtlpTraceReceiver.start(0, TraceStore.inMemory(10))) {
            var json = HttpRequest.newBuilder(URI.create(receiver.endpoint())).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            assertThat(http.send(json, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(415);
            var garbage = HttpRequest.newBuilder(URI.create(receiver.endpoint()))
                    .header("Content-Type", "application/x-protobuf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, 0x01, 0x02})).build();
            assertThat(http.send(garbage, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
            assertThat(receiver.store().size()).isZero();
        }
    }

    private int post(OtlpTraceReceiver receiver, ExportTraceServiceRequest request) throws IOException, InterruptedException {
        var post = HttpRequest.newBuilder(URI.create(receiver.endpoint()))
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.toByteArray())).build();
        return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> get(OtlpTraceReceiver receiver, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(receiver.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ExportTraceServiceRequest export(String service, Span span) {
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(text("service.name", service)))
                .addScopeSpans(ScopeSpans.newBuilder().addSpans(span))).build();
    }

    private static Span span(String id, String parent, String name, Span.SpanKind kind, long offsetNanos) {
        long start = 1_780_000_000_000_000_000L + offsetNanos;
        return Span.newBuilder().setTraceId(bytes(TRACE)).setSpanId(bytes(id)).setParentSpanId(bytes(parent))
                .setName(name).setKind(kind).setStartTimeUnixNano(start).setEndTimeUnixNano(start + 2_000_000)
                .addAttributes(text(TraceStore.DOSSIER_ATTRIBUTE, DOSSIER)).build();
    }

    private static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    private static KeyValue text(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }
}
