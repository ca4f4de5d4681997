package vn.lienthong.orchestrator.adapter.in.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase;
import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase.Attempt;

/**
 * Makes the due calls to the population database: a claimer thread takes due attempts as call
 * slots free up, and a bounded pool makes the calls. Nothing waits between attempts: what is not
 * due yet stays a row with a due time, so a restart loses nothing.
 */
public class IdNumberStepWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdNumberStepWorker.class);

    private final IdNumberStepUseCase step;
    private final int concurrentCalls;
    private final Duration pollInterval;
    private final Semaphore slots;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private ExecutorService calls;
    private Thread claimer;
    private volatile boolean running;

    public IdNumberStepWorker(IdNumberStepUseCase step, int concurrentCalls, Duration pollInterval) {
        this.step = step;
        this.concurrentCalls = concurrentCalls;
        this.pollInterval = pollInterval;
        this.slots = new Semaphore(concurrentCalls);
    }

    private void claimLoop() {
        while (running) {
            try {
                slots.acquire();
                int free = 1 + slots.drainPermits();
                List<Attempt> attempts = step.claimDueAttempts(free);
                slots.release(free - attempts.size());
                attempts.forEach(attempt -> calls.execute(() -> call(attempt)));
                if (attempts.isEmpty()) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not claim ID-number attempts: {}", e.toString());
                pause();
            }
        }
    }

    private void call(Attempt attempt) {
        try {
            step.attempt(attempt);
        } catch (RuntimeException e) {
            // The lease runs out and the attempt is claimed again: nothing is lost.
            log.warn("ID-number attempt for dossier {} failed to record: {}", attempt.dossierId(), e.toString());
        } finally {
            slots.release();
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
                runnable -> new Thread(runnable, "id-number-call-" + threadNumber.incrementAndGet()));
        claimer = new Thread(this::claimLoop, "id-number-claimer");
        claimer.start();
    }

    @Override
    public void stop() {
        running = false;
        claimer.interrupt();
        calls.shutdown();
        try {
            claimer.join(5_000);
            calls.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
