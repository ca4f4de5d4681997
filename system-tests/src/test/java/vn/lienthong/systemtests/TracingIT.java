package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;
import static vn.lienthong.systemtests.Dossiers.awaitFinal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.traces.ReceivedSpan;
import vn.lienthong.deploy.traces.TraceStore;

/**
 * One dossier is one trace, as ops follow it in their trace viewer: from the portal's POST, through
 * the population database's call, the commands and replies over Kafka (carried by the outbox),
 * to the last reply, every span the five services exported for it shares one trace id, and the
 * POST is that trace's root. No consumer begins a trace of its own for a batch of messages. The
 * spans name no personal data.
 */
class TracingIT {

    /** The services' batch span processors export every 5 s. */
    static final Duration EXPORTED_WITHIN = Duration.ofSeconds(60);
    static final List<Service> FIVE_SERVICES = List.of(Service.ORCHESTRATOR, Service.ID_NUMBER,
            Service.CIVIL_REGISTRY, Service.RESIDENCE, Service.HEALTH_INSURANCE);

    @Test
    void oneDossierIsOneTraceFromThePortalsPostToTheLastReply() {
        var portal = RunningSystem.portal();
        var dossier = aTypicalDossier();
        var answer = portal.submit(dossier.json());
        assertThat(answer.status()).as("submission answer %s", answer.body()).isEqualTo(202);
        String dossierId = answer.body().get("dossierId").asString();
        assertThat(awaitFinal(portal, dossierId).get("status").asString()).isEqualTo("COMPLETED");

        TraceStore traces = RunningSystem.traces();
        Set<String> expectedServices = FIVE_SERVICES.stream().map(Service::moduleName).collect(Collectors.toSet());
        await().atMost(EXPORTED_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(traces.tracesOfDossier(dossierId)).as("traces naming dossier %s: %s", dossierId,
                    describe(traces, dossierId)).hasSize(1);
            String traceId = traces.tracesOfDossier(dossierId).iterator().next();
            assertThat(traces.trace(traceId)).extracting(ReceivedSpan::service).containsAll(expectedServices);
            // The last replies, received by the orchestrator in this trace.
            assertThat(traces.trace(traceId)).filteredOn(span -> span.service().equals("orchestrator-service"))
                    .extracting(ReceivedSpan::name)
                    .contains("receive BirthRegistered", "receive PermanentResidenceRegistered",
                            "receive HealthInsuranceCardIssued");
        });
        String traceId = traces.tracesOfDossier(dossierId).iterator().next();
        List<ReceivedSpan> trace = traces.trace(traceId);

        List<ReceivedSpan> roots = trace.stream().filter(ReceivedSpan::isRoot).toList();
        assertThat(roots).as("roots of trace %s", traceId).hasSize(1);
        ReceivedSpan post = roots.get(0);
        assertThat(post.service()).isEqualTo("orchestrator-service");
        assertThat(post.kind()).isEqualTo("SERVER");
        assertThat(post.name()).isEqualToIgnoringCase("http post /api/v1/dossiers");
        // The intake names the dossier on its span, under the POST.
        assertThat(trace).filteredOn(span -> span.service().equals("orchestrator-service")
                        && span.startNanos() < post.endNanos())
                .anySatisfy(span -> assertThat(span.attributes()).containsEntry(TraceStore.DOSSIER_ATTRIBUTE, dossierId));
        // Each span hangs under another span of the trace: no agency started a trace of its own.
        Set<String> spanIds = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(trace).filteredOn(span -> !span.isRoot())
                .allSatisfy(span -> assertThat(spanIds).as("parent of %s in %s", span.name(), span.service())
                        .contains(span.parentSpanId()));
        assertThat(trace).filteredOn(span -> span.service().equals("id-number-service"))
                .extracting(ReceivedSpan::kind).contains("SERVER");

        // No consumer began a trace for a batch of messages: a batch holds many dossiers'
        // messages, each of which continues its own dossier's trace. A service begins traces with
        // HTTP requests (SERVER), with a message that came without a trace (CONSUMER: the
        // unreadable reply KafkaRightsIT sends), and with its scheduled jobs (INTERNAL, "task …");
        // with nothing else.
        for (Service consumer : List.of(Service.ORCHESTRATOR, Service.CIVIL_REGISTRY, Service.RESIDENCE,
                Service.HEALTH_INSURANCE)) {
            assertThat(traces.rootsOf(consumer.moduleName())).as("traces %s began", consumer.moduleName())
                    .filteredOn(root -> !root.kind().equals("SERVER") && !root.kind().equals("CONSUMER"))
                    .allSatisfy(root -> assertThat(root.name()).as("%s %s", root.kind(), root.name()).startsWith("task "));
        }

        // As ops look it up in the local run: the dossier's trace as a tree, every service in it.
        var shown = lookUp(RunningSystem.traceReceiverUrl() + "/v1/dossiers/" + dossierId + "/trace");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).startsWith("trace " + traceId + "\n");
        expectedServices.forEach(service -> assertThat(shown.body()).contains(service));
        writeForReaders(dossierId, shown.body());

        var child = dossier.json().get("child");
        List<String> personalData = List.of(child.get("fullName").asString(), child.get("dateOfBirth").asString(),
                dossier.json().at("/mother/personalIdNumber").asString(), dossier.json().at("/mother/fullName").asString());
        assertThat(personalData).allSatisfy(value -> assertThat(value).isNotBlank());
        assertThat(trace).allSatisfy(span -> {
            String named = span.name() + " " + span.attributes();
            personalData.forEach(value -> assertThat(named).doesNotContain(value));
        });
    }

    /** Each trace naming the dossier with its spans, to read when they are not one. */
    private static String describe(TraceStore traces, String dossierId) {
        return traces.tracesOfDossier(dossierId).stream()
                .map(id -> id + " " + traces.trace(id).stream()
                        .map(span -> span.service() + ":" + span.name() + (span.isRoot() ? "(root)" : ""))
                        .toList())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> lookUp(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The trace as the receiver shows it, in target/traces, to read after the run. */
    private static void writeForReaders(String dossierId, String tree) {
        Path root = Path.of(System.getProperty("lienthong.repository-root", "..")).toAbsolutePath().normalize();
        Path file = root.resolve("system-tests").resolve("target").resolve("traces").resolve(dossierId + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
