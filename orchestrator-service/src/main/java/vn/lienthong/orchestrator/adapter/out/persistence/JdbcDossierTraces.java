package vn.lienthong.orchestrator.adapter.out.persistence;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.tracing.Span;
import vn.lienthong.messaging.MessageTracing;
import vn.lienthong.orchestrator.domain.dossier.DossierId;

/**
 * The trace each dossier's intake began, kept in {@code dossier_trace}, so the saga's later work
 * outside any request (the population database's calls) continues that trace: one dossier, one
 * trace. Nothing is stored when the intake was not traced.
 */
public final class JdbcDossierTraces {

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

    /** Runs {@code work} (a call to another system) in a span named {@code call} that continues the dossier's trace. */
    public <T> T inTraceOf(DossierId dossier, String call, Supplier<T> work) {
        String traceParent = jdbc.sql("select trace_parent from dossier_trace where dossier_id = ?")
                .param(dossier.value())
                .query(String.class)
                .optional()
                .orElse(null);
        return tracing.continueTrace(traceParent, call, Span.Kind.CLIENT, dossier.value().toString(), work);
    }
}
