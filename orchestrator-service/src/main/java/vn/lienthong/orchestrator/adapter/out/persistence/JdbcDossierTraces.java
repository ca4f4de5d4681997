package vn.lienthong.orchestrator.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.tracing.Span;
import vn.lienthong.messaging.AnyOfArray;
import vn.lienthong.messaging.KeyedTraces;
import vn.lienthong.messaging.MessageTracing;
import vn.lienthong.orchestrator.domain.dossier.DossierId;

/**
 * The trace each dossier's intake began, kept in {@code dossier_trace} (written with the dossier,
 * {@link JdbcDossiers#onAdded}), so the saga's later work outside any request (the population
 * database's calls) continues that trace: one dossier, one trace. Nothing is stored when the
 * intake was not traced.
 */
public final class JdbcDossierTraces implements KeyedTraces {

    private final JdbcClient jdbc;
    private final MessageTracing tracing;

    public JdbcDossierTraces(JdbcClient jdbc, MessageTracing tracing) {
        this.jdbc = jdbc;
        this.tracing = tracing;
    }

    /** The trace the caller runs in (W3C traceparent), stored with a dossier added now; null when untraced. */
    public String currentTraceParent() {
        return tracing.currentTraceParent();
    }

    /** Names the dossier on the current span, if the caller is traced. */
    public void tagDossier(DossierId dossier) {
        tracing.tagDossier(dossier.value().toString());
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

    /** The traces of the dossiers among {@code keys}, in one query. */
    @Override
    public Map<String, String> traceParentsOf(Collection<String> keys) {
        List<UUID> dossiers = new ArrayList<>();
        for (String key : keys) {
            try {
                dossiers.add(UUID.fromString(key));
            } catch (IllegalArgumentException notADossierId) {
                // Not a dossier's message: no trace of its own.
            }
        }
        Map<String, String> found = new HashMap<>();
        if (dossiers.isEmpty()) {
            return found;
        }
        jdbc.sql("select dossier_id, trace_parent from dossier_trace where dossier_id = " + AnyOfArray.of("uuid"))
                .param(dossiers.toArray(UUID[]::new))
                .query(row -> {
                    found.put(row.getObject(1, UUID.class).toString(), row.getString(2));
                });
        return found;
    }

    private String traceParent(UUID dossier) {
        return jdbc.sql("select trace_parent from dossier_trace where dossier_id = ?")
                .param(dossier)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /**
     * Runs {@code work} (a call to another system, for one dossier or several) in a span named
     * {@code call} that continues each dossier's trace, their traces read in one query; the call
     * itself carries the last one's.
     */
    public <T> T inTraceOf(List<DossierId> dossiers, String call, Supplier<T> work) {
        Map<String, String> traceParents = traceParentsOf(dossiers.stream().map(DossierId::toString).toList());
        Supplier<T> nested = work;
        for (DossierId dossier : dossiers) {
            Supplier<T> inner = nested;
            String key = dossier.toString();
            nested = () -> tracing.continueTrace(traceParents.get(key), call, Span.Kind.CLIENT, key, inner);
        }
        return nested.get();
    }
}
