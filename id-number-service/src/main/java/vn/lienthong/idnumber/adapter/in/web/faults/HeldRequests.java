package vn.lienthong.idnumber.adapter.in.web.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Requests that hang. Each is put into asynchronous mode and answered by a timer when its hang is
 * over, so that hangs hold no server thread: a profile where every request hangs must not starve
 * the health checks and the admin API. On shutdown every held request is answered at once, so
 * that the web server's graceful shutdown does not wait for them.
 */
public final class HeldRequests implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HeldRequests.class);

    /** Past the hang, so that the container never times a held request out before the timer answers it. */
    private static final long CONTAINER_GRACE_MILLIS = 10_000;

    private final Map<AsyncContext, Answer> held = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService timer;

    /** Holds the request for {@code duration}, then gives it {@code answer}. */
    void hold(HttpServletRequest request, Duration duration, Answer answer) {
        AsyncContext async = request.startAsync();
        async.setTimeout(duration.toMillis() + CONTAINER_GRACE_MILLIS);
        held.put(async, answer);
        ScheduledExecutorService current = timer;
        if (current == null) {
            release(async);
            return;
        }
        try {
            current.schedule(() -> release(async), duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stoppedMeanwhile) {
            release(async);
        }
    }

    private void release(AsyncContext async) {
        Answer answer = held.remove(async);
        if (answer == null) {
            return;
        }
        try {
            answer.write((HttpServletResponse) async.getResponse());
            async.complete();
        } catch (IOException | IllegalStateException e) {
            // The caller gave up long ago and closed the connection, as callers of a hung server do.
            log.debug("A held request could not be answered: {}", e.toString());
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fault-held-requests");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Answers every held request now, as if its hang were over. */
    @Override
    public void stop() {
        ScheduledExecutorService current = timer;
        timer = null;
        if (current != null) {
            current.shutdownNow();
        }
        held.keySet().forEach(this::release);
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** The highest phase stops first: before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** Writes the answer a held request finally gets. */
    @FunctionalInterface
    interface Answer {
        void write(HttpServletResponse response) throws IOException;
    }
}
