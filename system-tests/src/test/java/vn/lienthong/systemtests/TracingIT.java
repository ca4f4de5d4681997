package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;
import static vn.lienthong.systemtests.Dossiers.awaitFinal;

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
 * POST is that trace's root. The spans name no personal data.
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
            assertThat(traces.tracesOfDossier(dossierId)).as("traces naming dossier %s", dossierId).hasSize(1);
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
        assertThat(post.attributes()).containsEntry(TraceStore.DOSSIER_ATTRIBUTE, dossierId);
        // Each span hangs under another span of the trace: no agency started a trace of its own.
        Set<String> spanIds = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(trace).filteredOn(span -> !span.isRoot())
                .allSatisfy(span -> assertThat(spanIds).as("parent of %s in %s", span.name(), span.service())
                        .contains(span.parentSpanId()));
        assertThat(trace).filteredOn(span -> span.service().equals("id-number-service"))
                .extracting(ReceivedSpan::kind).contains("SERVER");

        var child = dossier.json().get("child");
        List<String> personalData = List.of(child.get("fullName").asString(), child.get("dateOfBirth").asString(),
                dossier.json().at("/mother/personalIdNumber").asString(), dossier.json().at("/mother/fullName").asString());
        assertThat(personalData).allSatisfy(value -> assertThat(value).isNotBlank());
        assertThat(trace).allSatisfy(span -> {
            String shown = span.name() + " " + span.attributes();
            personalData.forEach(value -> assertThat(shown).doesNotContain(value));
        });
    }
}
