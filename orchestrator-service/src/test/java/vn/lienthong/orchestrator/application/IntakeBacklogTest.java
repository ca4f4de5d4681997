package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.application.port.out.DossiersInFlight;
import vn.lienthong.web.testing.MovableClock;

class IntakeBacklogTest {

    /** The database's count of dossiers in flight, as the test sets it, and how often it was asked. */
    private final AtomicLong inDatabase = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();
    private final DossiersInFlight inFlight = () -> {
        counts.incrementAndGet();
        return inDatabase.get();
    };
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T02:00:00Z"));

    @Test
    void admitsBelowTheBoundAndRefusesFromItCountingEachAdmissionBeforeTheNextCount() {
        inDatabase.set(2);
        var backlog = new IntakeBacklog(inFlight, 5, Duration.ofSeconds(1), clock);

        assertThat(backlog.admit()).isEqualTo(new IntakeBacklog.Admission(true, 3, 5));
        assertThat(backlog.admit()).isEqualTo(new IntakeBacklog.Admission(true, 4, 5));
        assertThat(backlog.admit()).isEqualTo(new IntakeBacklog.Admission(true, 5, 5));
        assertThat(backlog.admit()).as("at the bound").isEqualTo(new IntakeBacklog.Admission(false, 5, 5));
        assertThat(backlog.admit().admitted()).isFalse();
        assertThat(counts).as("one count serves every admission within the interval").hasValue(1);
        assertThat(backlog.backlog()).as("a refused submission is not counted in").isEqualTo(5);
    }

    @Test
    void theCheckInFrontOfTheTokenCheckTellsWhetherThereIsRoomWithoutCountingAnythingIn() {
        inDatabase.set(4);
        var backlog = new IntakeBacklog(inFlight, 5, Duration.ofSeconds(1), clock);

        assertThat(backlog.check()).isEqualTo(new IntakeBacklog.Admission(true, 4, 5));
        assertThat(backlog.check()).as("checking twice takes no room").isEqualTo(new IntakeBacklog.Admission(true, 4, 5));
        assertThat(backlog.admit()).isEqualTo(new IntakeBacklog.Admission(true, 5, 5));
        assertThat(backlog.check()).as("at the bound").isEqualTo(new IntakeBacklog.Admission(false, 5, 5));
        assertThat(new IntakeBacklog(inFlight, 0, Duration.ofSeconds(1), clock).check().admitted())
                .as("no bound, always room").isTrue();
    }

    @Test
    void theNextCountReplacesTheEstimateSoFinishedDossiersMakeRoomAgain() {
        inDatabase.set(4);
        var backlog = new IntakeBacklog(inFlight, 5, Duration.ofSeconds(1), clock);
        assertThat(backlog.admit().admitted()).isTrue();
        assertThat(backlog.admit().admitted()).isFalse();

        // The admitted dossier is now stored, and the saga finished three others.
        inDatabase.set(2);
        clock.advance(Duration.ofMillis(999));
        assertThat(backlog.admit().admitted()).as("the count is not due yet").isFalse();
        clock.advance(Duration.ofMillis(2));
        assertThat(backlog.admit()).isEqualTo(new IntakeBacklog.Admission(true, 3, 5));
        assertThat(backlog.currentBacklog()).isEqualTo(3);
        assertThat(counts).hasValue(2);
    }

    @Test
    void aDossierAdmittedWhileTheCountRunsStaysCountedSoTheEstimateErrsHigh() {
        var backlog = new IntakeBacklog[1];
        // A submission admitted on another thread while the database counts: the count may or may not hold it.
        DossiersInFlight countingDuringAnAdmission = () -> {
            var other = new Thread(() -> assertThat(backlog[0].admit().admitted()).isTrue());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return 1;
        };
        backlog[0] = new IntakeBacklog(countingDuringAnAdmission, 10, Duration.ofSeconds(1), clock);

        assertThat(backlog[0].admit()).as("the count of 1, the one admitted during it, and this one")
                .isEqualTo(new IntakeBacklog.Admission(true, 3, 10));
    }

    @Test
    void whenTheDatabaseCannotCountTheLastEstimateStandsUntilTheNextCount() {
        inDatabase.set(3);
        var failing = new AtomicInteger();
        DossiersInFlight sometimesAway = () -> {
            if (failing.get() > 0) {
                throw new IllegalStateException("connection refused");
            }
            return inDatabase.get();
        };
        var backlog = new IntakeBacklog(sometimesAway, 5, Duration.ofSeconds(1), clock);
        assertThat(backlog.admit().backlog()).isEqualTo(4);

        failing.set(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(backlog.admit()).isEqualTo(new IntakeBacklog.Admission(true, 5, 5));
        assertThat(backlog.admit().admitted()).isFalse();
    }

    @Test
    void aBoundOfZeroAdmitsEverySubmissionAndStillCountsTheBacklog() {
        inDatabase.set(1_000_000);
        var backlog = new IntakeBacklog(inFlight, 0, Duration.ofSeconds(1), clock);

        assertThat(backlog.admit()).isEqualTo(new IntakeBacklog.Admission(true, 1_000_001, 0));
        assertThat(backlog.currentBacklog()).isEqualTo(1_000_001);
    }
}
