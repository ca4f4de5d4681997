package vn.lienthong.deploy.local;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT), {@code kill} (SIGTERM) and a closed terminal (SIGHUP) run one orderly stop,
 * then end the JVM. The JVM's own handling of these signals would run every shutdown hook at
 * once, among them the one embedded PostgreSQL registers, so the database could stop before the
 * services that still write to it; here the stop decides the order, and the hooks that run at
 * exit find nothing left to do.
 */
final class StopSignals {

    private StopSignals() {
    }

    /**
     * Runs {@code stop} on the first of these signals, then exits with status 0. A further signal
     * while it runs only says that the stop is under way. A signal that was ignored when the JVM
     * started (a background job of a non-interactive shell ignores SIGINT) cannot be handled:
     * {@code run-local.sh} restores it before starting the JVM.
     */
    static void onStop(Runnable stop, Runnable stillStopping) {
        var stopping = new AtomicBoolean();
        SignalHandler handler = signal -> {
            if (!stopping.compareAndSet(false, true)) {
                stillStopping.run();
                return;
            }
            Thread thread = new Thread(() -> {
                try {
                    stop.run();
                } finally {
                    System.exit(0);
                }
            }, "stop-on-SIG" + signal.getName());
            thread.start();
        };
        for (String name : List.of("INT", "TERM", "HUP")) {
            Signal.handle(new Signal(name), handler);
        }
    }
}
