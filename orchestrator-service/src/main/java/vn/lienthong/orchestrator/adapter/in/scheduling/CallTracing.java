package vn.lienthong.orchestrator.adapter.in.scheduling;

import java.util.List;
import java.util.function.Supplier;

import vn.lienthong.orchestrator.domain.dossier.DossierId;

/** Puts a scheduled call in the trace of the dossier it is for, the one its intake began. */
@FunctionalInterface
public interface CallTracing {

    CallTracing NONE = new CallTracing() {
        @Override
        public <T> T inTraceOf(DossierId dossier, String call, Supplier<T> work) {
            return work.get();
        }
    };

    <T> T inTraceOf(DossierId dossier, String call, Supplier<T> work);

    /**
     * One call for several dossiers: a span in each dossier's trace around the same work; the
     * agency's own work joins the last one's trace.
     */
    default <T> T inTraceOfAll(List<DossierId> dossiers, String call, Supplier<T> work) {
        Supplier<T> nested = work;
        for (DossierId dossier : dossiers) {
            Supplier<T> inner = nested;
            nested = () -> inTraceOf(dossier, call, inner);
        }
        return nested.get();
    }
}
