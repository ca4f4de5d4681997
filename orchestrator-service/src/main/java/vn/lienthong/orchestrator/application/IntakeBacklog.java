package vn.lienthong.orchestrator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import vn.lienthong.orchestrator.application.port.out.DossiersInFlight;

/**
 * Admission of new dossiers on the system's own backlog: once the dossiers accepted and still in
 * flight reach {@code bound}, intake takes no more until the saga has finished some, so the cores
 * go to the work already accepted rather than to taking ever more of it.
 *
 * <p>The backlog is the last count from the database plus the dossiers admitted here since. The
 * count is taken again at most every {@code recountInterval}, by the one caller that finds it due;
 * the others go on with the estimate meanwhile, so admission never waits on the database. The
 * count is of the database, so it holds for every instance of the orchestrator; the estimate errs
 * high between counts (a submission admitted and then found invalid still counts until the next),
 * never low by more than the submissions being stored at the moment of the count.
 */
public final class IntakeBacklog {

    /** Whether a submission may come in, the backlog it saw and the bound. */
    public record Admission(boolean admitted, long backlog, long bound) {
    }

    private static final System.Logger log = System.getLogger(IntakeBacklog.class.getName());

    private final DossiersInFlight inFlight;
    private final long bound;
    private final Duration recountInterval;
    private final Clock clock;
    private final ReentrantLock counting = new ReentrantLock();
    private final AtomicLong admittedSinceCount = new AtomicLong();
    private volatile long counted;
    private volatile Instant countedAt;

    /** {@code bound} 0 admits every submission: no admission control, only the backlog is counted. */
    public IntakeBacklog(DossiersInFlight inFlight, long bound, Duration recountInterval, Clock clock) {
        if (bound < 0 || recountInterval.isNegative()) {
            throw new IllegalArgumentException("the backlog bound and the recount interval are 0 or more");
        }
        this.inFlight = inFlight;
        this.bound = bound;
        this.recountInterval = recountInterval;
        this.clock = clock;
    }

    /** Admits one submission if the backlog is below the bound, and counts it in. */
    public Admission admit() {
        Admission room = check();
        if (!room.admitted()) {
            return room;
        }
        admittedSinceCount.incrementAndGet();
        return new Admission(true, room.backlog() + 1, bound);
    }

    /**
     * Whether a submission would be admitted now, without counting it in: the cheap check made
     * before the request is authenticated ({@code IntakeBacklogGate}), which refuses at the bound
     * while {@link #admit} stays the one that counts.
     */
    public Admission check() {
        recountIfDue();
        long backlog = backlog();
        return new Admission(bound == 0 || backlog < bound, backlog, bound);
    }

    /** The dossiers accepted and still in flight, as far as known now. */
    public long backlog() {
        return counted + admittedSinceCount.get();
    }

    /** The backlog, counted again first if the last count is older than the recount interval. */
    public long currentBacklog() {
        recountIfDue();
        return backlog();
    }

    public long bound() {
        return bound;
    }

    private void recountIfDue() {
        Instant last = countedAt;
        if (last != null && !clock.instant().isAfter(last.plus(recountInterval))) {
            return;
        }
        if (!counting.tryLock()) {
            return;
        }
        try {
            if (countedAt != last) {
                return;
            }
            // Admissions from here on may or may not be in the count: they stay counted (erring high).
            long admittedBefore = admittedSinceCount.get();
            try {
                counted = inFlight.count();
                admittedSinceCount.addAndGet(-admittedBefore);
            } catch (RuntimeException e) {
                // The estimate stands until the next count; storing the dossier will meet the same fault.
                log.log(System.Logger.Level.WARNING, "could not count the dossiers in flight: {0}", e.toString());
            }
            countedAt = clock.instant();
        } finally {
            counting.unlock();
        }
    }
}
