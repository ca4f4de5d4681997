package vn.lienthong.orchestrator.application.ops;

import java.time.Clock;
import java.time.Instant;

import vn.lienthong.orchestrator.application.port.in.ops.FindTroubledStepsUseCase;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.application.port.model.ops.TroubledStep;
import vn.lienthong.orchestrator.application.port.out.ops.TroubledSteps;

public class TroubledStepQueryService implements FindTroubledStepsUseCase {

    private final TroubledSteps steps;
    private final OpsSettings settings;
    private final Clock clock;

    public TroubledStepQueryService(TroubledSteps steps, OpsSettings settings, Clock clock) {
        this.steps = steps;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public OpsPage<TroubledStep> find(StepFilter filter, int page, int size) {
        Instant now = clock.instant();
        return steps.page(filter, now, now.minus(settings.stuckAfter()), page, size);
    }
}
