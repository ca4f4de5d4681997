package vn.lienthong.orchestrator.adapter.in.scheduling;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase;
import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase.Attempt;
import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase.Called;

/** The ID-number step's calls to the population database, on the worker every scheduled call uses. */
public class IdNumberStepWorker extends ScheduledCallWorker<Attempt, Called> {

    public IdNumberStepWorker(IdNumberStepUseCase step, int concurrentCalls, Duration pollInterval) {
        super("id-number", step, concurrentCalls, pollInterval);
    }

    public IdNumberStepWorker(IdNumberStepUseCase step, int concurrentCalls, int claimedAhead, int requestsPerCall,
                              Duration pollInterval, MeterRegistry meters) {
        super("id-number", step, concurrentCalls, claimedAhead, requestsPerCall, pollInterval, meters);
    }
}
