package vn.lienthong.orchestrator.adapter.out.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/**
 * The dossier store, counting what the dashboards show of the saga as each change is saved, once
 * its transaction commits (a batch rolled back and redone is counted once):
 * {@code lienthong.dossiers.received} for a dossier accepted at intake,
 * {@code lienthong.dossiers.completed} by {@code on_time} (its last step completed by the statutory
 * due date, in the procedure's zone), and {@code lienthong.dossier.step.duration} by {@code step},
 * from a step's first attempt to its completion (retries and waits for an officer included).
 * Here rather than in the saga because a save is where a change's steps are still known.
 */
public final class MeteredDossiers extends JdbcDossiers {

    private static final Duration[] STEP_BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3)};

    private final MeterRegistry meters;
    private final Clock clock;
    private final ZoneId zone;
    private final Counter received;

    public MeteredDossiers(JdbcClient jdbc, JsonMapper json, MeterRegistry meters, Clock clock, ZoneId zone) {
        super(jdbc, json);
        this.meters = meters;
        this.clock = clock;
        this.zone = zone;
        this.received = Counter.builder("lienthong.dossiers.received").description("dossiers accepted at intake")
                .register(meters);
        completed(true);
        completed(false);
        for (Step step : Step.values()) {
            stepDuration(step);
        }
    }

    @Override
    public boolean add(Dossier dossier, String submittedBy) {
        boolean added = super.add(dossier, submittedBy);
        if (added) {
            afterCommit(received::increment);
        }
        return added;
    }

    @Override
    public void update(Dossier dossier) {
        List<StepState> finished = dossier.changedSteps().stream().map(dossier::step)
                .filter(state -> state.status() == StepStatus.COMPLETED && state.startedAt() != null
                        && state.completedAt() != null)
                .toList();
        // Every step completed, one of them by this change: the dossier has just completed.
        boolean completedNow = dossier.status() == DossierStatus.COMPLETED && !finished.isEmpty();
        boolean onTime = !LocalDate.ofInstant(clock.instant(), zone).isAfter(dossier.statutoryDueDate());
        super.update(dossier);
        afterCommit(() -> {
            finished.forEach(state -> stepDuration(state.step())
                    .record(Duration.between(state.startedAt(), state.completedAt())));
            if (completedNow) {
                completed(onTime).increment();
            }
        });
    }

    private Counter completed(boolean onTime) {
        return Counter.builder("lienthong.dossiers.completed")
                .description("dossiers whose every step completed, by whether by the statutory due date")
                .tag("on_time", Boolean.toString(onTime)).register(meters);
    }

    private Timer stepDuration(Step step) {
        return Timer.builder("lienthong.dossier.step.duration")
                .description("from a step's first attempt to its completion")
                .tag("step", step.name())
                // Buckets from a step of a quiet system (tens of milliseconds) to the statutory three working
                // days: few enough for every step, fine enough for p50/p95/p99 where they matter.
                .serviceLevelObjectives(STEP_BUCKETS)
                .register(meters);
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
