package vn.lienthong.orchestrator.adapter.out.persistence;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.tracing.Span;
import vn.lienthong.messaging.KeyedTraces;
import vn.lienthong.messaging.MessageTracing;
import vn.lienthong.orchestrator.domain.dossier.DossierId;

/**
 * The trace each dossier's intake began, kept in {@code dossier_trace}, so the saga's later work
 * outside any request (the population database's calls) continues that trace: one dossier, one
 * trace. Nothing is stored when the intake was not traced.
 */
public final class JdbcDossierTraces implements KeyedTraces {

    private final JdbcClient jdbc;
    private final MessageTracing tracing;

    public JdbcDossierTraces(JdbcClient jdbc, MessageTracing tracing) {
        this.jdbc = jdbc;
        this.tracing = tracing;
    }

    /** Stores the current trace as the dossier's, in the caller's transaction, and names the dossier on its span. */
    public void remember(DossierId dossier) {
        String traceParent = tracing.currentTraceParent();
        if (traceParent != null) {
            tracing.tagDossier(dossier.value().toString());
            jdbc.sql("insert into dossier_trace (dossier_id, trace_parent) values (?, ?) on conflict do nothing")
                    .params(dossier.value(), traceParent)
                    .update();
        }
    }

    /** The dossier's trace, for a message keyed by the dossier id written outside any span (an answer recorded in a batch). */
    @Override
    public String traceParentOf(String key) {
        UUID dossier;
        try {
            dossier = UUID.fromString(key);
        } catch (IllegalArgumentException notADossierId) {
            return null;
        }
        return traceParent(dossier);
    }

    private String traceParent(UUID dossier) {
        return jdbc.sql("select trace_parent from dossier_trace where dossier_id = ?")
                .param(dossier)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Runs {@code work} (a call to another system) in a span named {@code call} that continues the dossier's trace. */
    public <T> T inTraceOf(DossierId dossier, String call, Supplier<T> work) {
        String traceParent = traceParent(dossier.value());
        return tracing.continueTrace(traceParent, call, Span.Kind.CLIENT, dossier.value().toString(), work);
    }
}
