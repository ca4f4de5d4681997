package vn.lienthong.deploy.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the services of a running system. When one exits without being asked to, it says which
 * one and shows the end of its log, then starts it again after a pause that doubles with each
 * restart (1 s, 2 s, 4 s, ...). A service that needs more than {@code maxRestarts} restarts within
 * {@code window} is not going to recover by itself: then the whole system is stopped, saying why.
 */
final class Supervisor implements ServiceProcess.ExitListener {

    private static final int LOG_LINES = 20;

    private final LocalSystem.Supervision policy;
    private final Consumer<String> console;
    private final Restarts restarts;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Service, Deque<Instant>> history = new EnumMap<>(Service.class);
    private volatile boolean stopped;

    /** What the supervisor needs of the system it watches. */
    interface Restarts {
        /** Starts the service again and records its new process; returns without waiting for it. */
        void restart(ServiceProcess process);

        /** Waits until the restarted service is ready; throws if it is not. */
        void awaitReady(ServiceProcess process);

        /** Stops the whole system, for the reason given. */
        void giveUp(String reason);
    }

    Supervisor(LocalSystem.Supervision policy, Consumer<String> console, Restarts restarts) {
        this.policy = policy;
        this.console = console;
        this.restarts = restarts;
    }

    @Override
    public void exitedUnexpectedly(ServiceProcess process, int exitCode) {
        if (!stopped) {
            executor.execute(() -> handle(process, exitCode));
        }
    }

    /** No restart from now on; one already scheduled is dropped. */
    void stop() {
        stopped = true;
        executor.shutdownNow();
    }

    private void handle(ServiceProcess process, int exitCode) {
        if (stopped) {
            return;
        }
        String name = process.service().moduleName();
        StringBuilder report = new StringBuilder()
                .append("Dịch vụ ").append(name).append(" đã dừng bất ngờ (mã thoát ").append(exitCode).append(") / ")
                .append(name).append(" exited unexpectedly (exit code ").append(exitCode).append("); ")
                .append("cuối nhật ký / end of its log, ").append(process.log()).append(':');
        process.lastLogLines(LOG_LINES).forEach(line -> report.append(System.lineSeparator()).append("    | ").append(line));
        console.accept(report.toString());

        Instant now = Instant.now();
        Deque<Instant> recent = history.computeIfAbsent(process.service(), service -> new ArrayDeque<>());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(policy.window()))) {
            recent.removeFirst();
        }
        if (recent.size() >= policy.maxRestarts()) {
            String reason = "Dịch vụ " + name + " đã dừng bất ngờ " + (recent.size() + 1) + " lần trong "
                    + minutes(policy.window()) + " phút; dừng toàn bộ hệ thống / " + name + " exited unexpectedly "
                    + (recent.size() + 1) + " times within " + minutes(policy.window())
                    + " minutes; stopping everything. See " + process.log();
            stopped = true;
            restarts.giveUp(reason);
            return;
        }
        Duration pause = policy.firstPause().multipliedBy(1L << recent.size());
        recent.addLast(now);
        console.accept(String.format("Khởi động lại %s sau %s (lần %d, tối đa %d trong %d phút) / restarting %s in %s"
                        + " (restart %d, at most %d within %d minutes)",
                name, seconds(pause), recent.size(), policy.maxRestarts(), minutes(policy.window()),
                name, seconds(pause), recent.size(), policy.maxRestarts(), minutes(policy.window())));
        executor.schedule(() -> restart(process), pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ServiceProcess process) {
        if (stopped) {
            return;
        }
        restarts.restart(process);
        String name = process.service().moduleName();
        // Waited for apart, so that another service's exit meanwhile is handled at once.
        Thread waiting = new Thread(() -> {
            try {
                restarts.awaitReady(process);
                if (!stopped) {
                    console.accept("Dịch vụ " + name + " đã chạy lại / " + name + " is running again, at " + process.baseUrl());
                }
            } catch (RuntimeException e) {
                // It exited again (reported as such) or is not ready yet: the log says why.
            }
        }, "await-" + name);
        waiting.setDaemon(true);
        waiting.start();
    }

    private static String seconds(Duration pause) {
        return pause.toMillis() % 1000 == 0 ? pause.toSeconds() + " s" : pause.toMillis() + " ms";
    }

    private static long minutes(Duration window) {
        return window.toMinutes();
    }
}
