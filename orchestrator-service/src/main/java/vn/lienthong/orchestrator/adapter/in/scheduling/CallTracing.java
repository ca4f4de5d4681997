package vn.lienthong.orchestrator.adapter.in.scheduling;

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
}
