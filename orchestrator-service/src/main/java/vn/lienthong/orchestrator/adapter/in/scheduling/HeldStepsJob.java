package vn.lienthong.orchestrator.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausesUseCase;

/**
 * Sends the steps held while an agency was paused once it is resumed. Running on a schedule rather
 * than inside the resume request keeps that request short and survives a crash mid-backlog.
 */
public class HeldStepsJob {

    private static final Logger log = LoggerFactory.getLogger(HeldStepsJob.class);

    private final AgencyPausesUseCase pauses;

    public HeldStepsJob(AgencyPausesUseCase pauses) {
        this.pauses = pauses;
    }

    @Scheduled(fixedDelayString = "${lienthong.ops.release-interval:PT2S}")
    public void releaseHeldSteps() {
        int released = pauses.releaseHeldSteps();
        if (released > 0) {
            log.info("Sent {} steps held while their agency was paused", released);
        }
    }
}
