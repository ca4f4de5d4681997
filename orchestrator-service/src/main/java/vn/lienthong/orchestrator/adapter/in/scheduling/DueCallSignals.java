package vn.lienthong.orchestrator.adapter.in.scheduling;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.lienthong.messaging.TransactionScoped;
import vn.lienthong.orchestrator.application.port.out.DueCalls;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * Wakes the worker that makes a step's scheduled calls when one is scheduled due now, once the
 * transaction that scheduled it has committed (before, the worker would not see it; after a
 * rollback there is nothing to call). Below saturation a dossier's call then starts at once instead
 * of at the worker's next look for due attempts, up to {@code poll-interval} later. Each worker
 * registers the steps it calls; another replica's worker still finds the attempt at its next look.
 */
public class DueCallSignals implements DueCalls {

    private final Map<Step, List<Runnable>> wakes = new ConcurrentHashMap<>();
    private final TransactionScoped<EnumSet<Step>> dueInTransaction =
            new TransactionScoped<>(() -> EnumSet.noneOf(Step.class), steps -> { }, this::wake);

    /** {@code wake} runs whenever a call at one of {@code steps} is due now. */
    public void onDue(Collection<Step> steps, Runnable wake) {
        steps.forEach(step -> wakes.computeIfAbsent(step, any -> new CopyOnWriteArrayList<>()).add(wake));
    }

    @Override
    public void dueNow(Step step) {
        dueInTransaction.current().ifPresentOrElse(steps -> steps.add(step), () -> wake(EnumSet.of(step)));
    }

    private void wake(Collection<Step> steps) {
        steps.forEach(step -> wakes.getOrDefault(step, List.of()).forEach(Runnable::run));
    }
}
