package vn.lienthong.deploy.traces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OTLP/HTTP trace receiver on 127.0.0.1: the services export their spans to
 * {@code POST /v1/traces} (protobuf, as Spring Boot's OTLP exporter sends them), and it keeps them
 * in a {@link TraceStore}. It also shows what it keeps:
 * <ul>
 *   <li>{@code GET /v1/dossiers/{dossier id}/trace}: the dossier's trace, as an indented tree of text;</li>
 *   <li>{@code GET /v1/traces/{trace id}}: the same for one trace id.</li>
 * </ul>
 */
public final class OtlpTraceReceiver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OtlpTraceReceiver.class);
    /** An export request larger than this is refused (the exporters send batches of 512 spans). */
    private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    private static final Pattern DOSSIER_TRACE = Pattern.compile("/v1/dossiers/([0-9a-fA-F-]{36})/trace");
    private static final Pattern TRACE = Pattern.compile("/v1/traces/([0-9a-f]{32})");
    /** The protobuf of an empty ExportTraceServiceResponse: everything accepted. */
    private static final byte[] ACCEPTED = new byte[0];

    private final HttpServer server;
    private final ExecutorService threads;
    private final TraceStore store;

    private OtlpTraceReceiver(HttpServer server, ExecutorService threads, TraceStore store) {
        this.server = server;
        this.threads = threads;
        this.store = store;
    }

    /** Listens on {@code port} of 127.0.0.1 (0: a free one). */
    public static OtlpTraceReceiver start(int port, TraceStore store) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "otlp-receiver");
                thread.setDaemon(true);
                return thread;
            });
            var receiver = new OtlpTraceReceiver(server, threads, store);
            server.createContext("/v1/", receiver::handle);
            server.setExecutor(threads);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for traces on port " + port, e);
        }
    }

    /** Where the services send their spans: their {@code management.opentelemetry.tracing.export.otlp.endpoint}. */
    public String endpoint() {
        return baseUrl() + "/v1/traces";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Spring argument that makes a service export its spans here. */
    public String exportArgument() {
        return "--management.opentelemetry.tracing.export.otlp.endpoint=" + endpoint();
    }

    public TraceStore store() {
        return store;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/v1/traces") && method.equals("POST")) {
                receive(exchange);
                return;
            }
            if (method.equals("GET")) {
                Matcher dossier = DOSSIER_TRACE.matcher(path);
                Matcher trace = TRACE.matcher(path);
                if (dossier.matches()) {
                    var traces = store.tracesOfDossier(dossier.group(1).toLowerCase());
                    if (traces.isEmpty()) {
                        respond(exchange, 404, "no span of dossier " + dossier.group(1) + " received\n");
                        return;
                    }
                    StringBuilder text = new StringBuilder();
                    traces.forEach(id -> text.append("trace ").append(id).append('\n')
                            .append(TraceTree.render(store.trace(id))));
                    respond(exchange, 200, text.toString());
                    return;
                }
                if (trace.matches()) {
                    var spans = store.trace(trace.group(1));
                    respond(exchange, spans.isEmpty() ? 404 : 200,
                            spans.isEmpty() ? "no span of trace " + trace.group(1) + " received\n" : TraceTree.render(spans));
                    return;
                }
            }
            respond(exchange, 404, "POST /v1/traces, GET /v1/dossiers/{id}/trace or GET /v1/traces/{trace id}\n");
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-protobuf")) {
            respond(exchange, 415, "OTLP/HTTP with protobuf only (application/x-protobuf)\n");
            return;
        }
        byte[] body;
        try (InputStream raw = exchange.getRequestBody();
             InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                     ? new GZIPInputStream(raw) : raw) {
            body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (body.length > MAX_REQUEST_BYTES) {
            respond(exchange, 413, "export request too large\n");
            return;
        }
        List<ReceivedSpan> spans;
        try {
            spans = OtlpSpans.decode(body);
        } catch (InvalidProtocolBufferException e) {
            respond(exchange, 400, "not an ExportTraceServiceRequest\n");
            return;
        }
        try {
            store.add(spans);
        } catch (UncheckedIOException e) {
            log.warn("Could not store {} spans: {}", spans.size(), e.getCause().toString());
            respond(exchange, 503, "cannot store spans now\n");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, ACCEPTED.length == 0 ? -1 : ACCEPTED.length);
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        store.close();
    }
}
