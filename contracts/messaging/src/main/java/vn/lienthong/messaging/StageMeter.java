package vn.lienthong.messaging;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * How one stage of the flow (a consumer, the outbox relay, a recorder) spends its time: the size
 * of each batch it handles in one transaction, the time it handles them, and the time its thread
 * waits between them. A stage whose thread is rarely idle is the bottleneck; one that handles
 * batches of one pays a commit per message. Meters {@code lienthong.stage.batch.size},
 * {@code lienthong.stage.busy} and {@code lienthong.stage.idle}, tagged with the stage's name; the
 * benchmark reads them from {@code /actuator/prometheus} before and after its window.
 */
public final class StageMeter {

    private final DistributionSummary sizes;
    private final Timer busy;
    private final Timer idle;
    /** When this thread last finished a batch (nanoTime), 0 before its first. */
    private final ThreadLocal<long[]> lastEnd = ThreadLocal.withInitial(() -> new long[1]);

    public StageMeter(MeterRegistry meters, String stage) {
        this.sizes = DistributionSummary.builder("lienthong.stage.batch.size").tag("stage", stage)
                .description("messages handled in one transaction").register(meters);
        this.busy = Timer.builder("lienthong.stage.busy").tag("stage", stage)
                .description("time spent handling batches").register(meters);
        this.idle = Timer.builder("lienthong.stage.idle").tag("stage", stage)
                .description("time a stage's thread waited between two batches").register(meters);
    }

    /**
     * Records a batch of {@code size} messages whose handling began at {@code startNanos}
     * ({@link System#nanoTime()}) and ends now; the time since this thread's previous batch is
     * idle time. A round that found nothing is not recorded: its time counts as idle.
     */
    public void batch(long startNanos, int size) {
        long now = System.nanoTime();
        long[] last = lastEnd.get();
        if (last[0] != 0 && startNanos > last[0]) {
            idle.record(startNanos - last[0], TimeUnit.NANOSECONDS);
        }
        busy.record(now - startNanos, TimeUnit.NANOSECONDS);
        sizes.record(size);
        last[0] = now;
    }

    /**
     * Records work that began at {@code startNanos} and ends now on messages already counted in a
     * batch (the outbox relay settling rounds it sent): busy and idle time, no batch size.
     */
    public void work(long startNanos) {
        long now = System.nanoTime();
        long[] last = lastEnd.get();
        if (last[0] != 0 && startNanos > last[0]) {
            idle.record(startNanos - last[0], TimeUnit.NANOSECONDS);
        }
        busy.record(now - startNanos, TimeUnit.NANOSECONDS);
        last[0] = now;
    }
}
