package vn.lienthong.deploy.traces;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/** The spans of an OTLP export request (protobuf), flattened with their resource's service name. */
final class OtlpSpans {

    private static final HexFormat HEX = HexFormat.of();

    private OtlpSpans() {
    }

    static List<ReceivedSpan> decode(byte[] body) throws InvalidProtocolBufferException {
        var request = ExportTraceServiceRequest.parseFrom(body);
        List<ReceivedSpan> spans = new ArrayList<>();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = attributes(resource.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    spans.add(new ReceivedSpan(hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()),
                            service, span.getName(), kind(span.getKind()), span.getStartTimeUnixNano(),
                            span.getEndTimeUnixNano(), attributes(span.getAttributesList())));
                }
            }
        }
        return spans;
    }

    private static String kind(Span.SpanKind kind) {
        return kind == Span.SpanKind.UNRECOGNIZED ? "UNSPECIFIED" : kind.name().replace("SPAN_KIND_", "");
    }

    private static String hex(ByteString bytes) {
        return HEX.formatHex(bytes.toByteArray());
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (KeyValue value : values) {
            attributes.put(value.getKey(), text(value.getValue()));
        }
        return attributes;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }
}
