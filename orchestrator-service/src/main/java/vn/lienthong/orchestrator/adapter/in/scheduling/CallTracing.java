package vn.lienthong.orchestrator.adapter.in.scheduling;

import java.util.List;
import java.util.function.Supplier;

import vn.lienthong.orchestrator.domain.dossier.DossierId;

/**
 * Puts a scheduled call in the traces of the dossiers it is for, the ones their intakes began: a
 * span in each dossier's trace around the same work, the agency's own work joining the last one's.
 */
@FunctionalInterface
public interface CallTracing {

    CallTracing NONE = new CallTracing() {
        @Override
        public <T> T inTraceOf(List<DossierId> dossiers, String call, Supplier<T> work) {
            return work.get();
        }
    };

    <T> T inTraceOf(List<DossierId> dossiers, String call, Supplier<T> work);
}
