package vn.lienthong.orchestrator.adapter.in.scheduling;

import java.time.Duration;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Works background ops jobs (bulk replays, re-verifications) on one thread: a round at a time
 * while there is work, a short pause when there is none. Jobs live in the database, so starting
 * this worker, at start-up or on any instance, takes up the jobs a stopped one left unfinished.
 */
public class OpsJobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OpsJobWorker.class);

    private final String name;
    private final IntSupplier round;
    private final Duration idlePause;
    private volatile boolean running;
    private volatile boolean autoStartup = true;
    private Thread thread;

    /** {@code round} handles one batch and returns how many items it handled. */
    public OpsJobWorker(String name, IntSupplier round, Duration idlePause) {
        this.name = name;
        this.round = round;
        this.idlePause = idlePause;
    }

    private void loop() {
        while (running) {
            try {
                if (round.getAsInt() == 0) {
                    Thread.sleep(idlePause.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The job keeps its items; the next round, here or elsewhere, takes it up again.
                if (running) {
                    log.warn("{} round failed: {}", name, e.toString());
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(idlePause.multipliedBy(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(15_000);
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
