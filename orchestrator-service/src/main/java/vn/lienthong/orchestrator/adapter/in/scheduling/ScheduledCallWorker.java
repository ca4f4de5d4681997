package vn.lienthong.orchestrator.adapter.in.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.lienthong.messaging.StageMeter;
import vn.lienthong.orchestrator.application.port.in.ScheduledCallsUseCase;
import vn.lienthong.orchestrator.application.port.in.ScheduledCallsUseCase.Answered;
import vn.lienthong.orchestrator.application.port.in.ScheduledCallsUseCase.Claimed;

/**
 * Makes the due calls of a procedure's scheduled-call steps (the population database's): a claimer thread takes due attempts as call
 * slots free up, a bounded pool makes the calls, and a recorder thread records what the calls
 * gave, all that has come in since its last transaction in one transaction. Where the agency takes
 * several requests at once, up to {@code maxPerCall} attempts claimed together go in one call, so
 * the calls in flight stay bounded while each carries what was due. The claimer keeps up
 * to {@code claimedAhead} calls' attempts claimed beyond the calls in flight, queued for the next free
 * call thread: a call that ends is followed by the next at once, not after a claiming transaction
 * (their leases cover the wait: at most one call's time). A claim that took fewer attempts than
 * it asked for took every one due, and the next look is made after the poll interval. Nothing
 * waits between attempts: what is not due yet stays a row with a due time, so a restart loses
 * nothing. An answer not yet recorded when the process stops is asked for again when its lease
 * runs out, with the same request id, and the database gives the same number.
 */
public class ScheduledCallWorker<A extends Claimed, C extends Answered<A>> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCallWorker.class);
    private static final int MAX_RECORDED_AT_ONCE = 64;

    private final ScheduledCallsUseCase<A, C> step;
    private final String name;
    private final int concurrentCalls;
    private final int maxPerCall;
    private final Duration pollInterval;
    private final Semaphore slots;
    private final BlockingQueue<C> answered = new LinkedBlockingQueue<>();
    private final AtomicBoolean resumeRequested = new AtomicBoolean();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private ExecutorService calls;
    private Thread claimer;
    private Thread recorder;
    private final StageMeter stage;
    private volatile boolean running;
    private volatile boolean autoStartup = true;
    private CallTracing tracing = CallTracing.NONE;

    /** {@code name} names the threads and the log lines, e.g. {@code id-number}. */
    public ScheduledCallWorker(String name, ScheduledCallsUseCase<A, C> step, int concurrentCalls, Duration pollInterval) {
        this(name, step, concurrentCalls, 0, 1, pollInterval, new SimpleMeterRegistry());
    }

    /**
     * As above, with up to {@code claimedAhead} calls' attempts claimed and queued beyond the calls
     * in flight, up to {@code maxPerCall} attempts in one call ({@link ScheduledCallsUseCase#callAll}),
     * and the recorder's batches metered as the stage {@code <name> recorder}.
     */
    public ScheduledCallWorker(String name, ScheduledCallsUseCase<A, C> step, int concurrentCalls, int claimedAhead,
                               int maxPerCall, Duration pollInterval, MeterRegistry meters) {
        if (concurrentCalls < 1 || claimedAhead < 0 || maxPerCall < 1) {
            throw new IllegalArgumentException(
                    "concurrentCalls and maxPerCall must be at least 1 and claimedAhead not negative");
        }
        this.maxPerCall = maxPerCall;
        this.stage = new StageMeter(meters, name + " recorder");
        this.name = name;
        this.step = step;
        this.concurrentCalls = concurrentCalls;
        this.pollInterval = pollInterval;
        // A slot: a call's attempts claimed and not yet answered, called or waiting for a call thread.
        this.slots = new Semaphore(concurrentCalls + claimedAhead);
    }

    private void claimLoop() {
        while (running) {
            try {
                slots.acquire();
                int free = 1 + slots.drainPermits();
                int asked = (int) Math.min(Integer.MAX_VALUE, (long) free * maxPerCall);
                List<A> attempts = step.claimDueAttempts(asked);
                List<List<A>> perCall = perCall(attempts);
                slots.release(free - perCall.size());
                perCall.forEach(batch -> calls.execute(() -> call(batch)));
                if (attempts.size() < asked) {
                    // Every due attempt is taken: another look at once would find none, in a
                    // transaction of its own. What falls due meanwhile goes in the next look.
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not claim {} attempts: {}", name, e.toString());
                pause();
            }
        }
    }

    /**
     * The attempts in as few calls as {@code maxPerCall} allows, as evenly filled as can be: 17
     * attempts at 16 a call go as 8 and 9, not 16 and 1.
     */
    List<List<A>> perCall(List<A> attempts) {
        int count = (attempts.size() + maxPerCall - 1) / maxPerCall;
        List<List<A>> batches = new ArrayList<>(count);
        int from = 0;
        for (int i = 0; i < count; i++) {
            int size = (attempts.size() - from) / (count - i);
            batches.add(attempts.subList(from, from + size));
            from += size;
        }
        return batches;
    }

    /** Makes each call in the trace of the dossiers it is for. */
    public void tracedBy(CallTracing tracing) {
        this.tracing = tracing;
    }

    private void call(List<A> attempts) {
        try {
            answered.addAll(tracing.inTraceOf(attempts.stream().map(Claimed::dossierId).toList(), name,
                    () -> step.callAll(attempts)));
        } catch (RuntimeException e) {
            // The leases run out and the attempts are claimed again: nothing is lost.
            log.warn("{} attempts for dossiers {} failed: {}", name,
                    attempts.stream().map(Claimed::dossierId).toList(), e.toString());
        } finally {
            slots.release();
        }
    }

    /**
     * The population database is back: attempts waiting out a long pause become due, once every
     * answer received so far is recorded. An attempt the open breaker refused is recorded as
     * waiting; were it recorded after the resume, it would wait out its whole pause. Done by the
     * recorder thread within {@code pollInterval}.
     */
    public void resumeWaitingAttempts() {
        resumeRequested.set(true);
    }

    /** Records answers as they come; what came in while a transaction ran goes in the next one. */
    private void recordLoop() {
        // On stop: until the calls still running have answered and every answer is recorded.
        while (running || !calls.isTerminated() || !answered.isEmpty()) {
            try {
                C first = answered.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<C> batch = new ArrayList<>(List.of(first));
                    answered.drainTo(batch, MAX_RECORDED_AT_ONCE - 1);
                    long start = System.nanoTime();
                    record(batch);
                    stage.batch(start, batch.size());
                }
                if (resumeRequested.getAndSet(false)) {
                    // The answers that came in before the request are the first ones queued now.
                    for (int left = answered.size(); left > 0; ) {
                        List<C> batch = new ArrayList<>();
                        left -= answered.drainTo(batch, Math.min(left, MAX_RECORDED_AT_ONCE));
                        record(batch);
                    }
                    resume();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void resume() {
        try {
            step.resumeWaitingAttempts();
        } catch (RuntimeException e) {
            log.warn("Could not resume waiting {} attempts: {}", name, e.toString());
        }
    }

    private void record(List<C> batch) {
        try {
            step.record(batch);
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                log.warn("{} attempt for dossier {} failed to record: {}", name, batch.get(0).attempt().dossierId(),
                        batchFailure.toString());
                return;
            }
            // One at a time, so one that cannot be recorded does not hold back the others.
            batch.forEach(called -> record(List.of(called)));
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.multipliedBy(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        calls = Executors.newFixedThreadPool(concurrentCalls,
                runnable -> new Thread(runnable, name + "-call-" + threadNumber.incrementAndGet()));
        claimer = new Thread(this::claimLoop, name + "-claimer");
        recorder = new Thread(this::recordLoop, name + "-recorder");
        claimer.start();
        recorder.start();
    }

    @Override
    public void stop() {
        running = false;
        claimer.interrupt();
        calls.shutdown();
        try {
            claimer.join(5_000);
            calls.awaitTermination(10, TimeUnit.SECONDS);
            recorder.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** False leaves the worker stopped when the context starts ({@code lienthong.background-work.enabled}). */
    public void setAutoStartup(boolean autoStartup) {
        this.autoStartup = autoStartup;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
