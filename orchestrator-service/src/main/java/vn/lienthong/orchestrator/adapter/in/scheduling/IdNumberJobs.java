package vn.lienthong.orchestrator.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase;

/** The ID-number step's periodic work: escalation of long waits, checks of manual numbers. */
public class IdNumberJobs {

    private static final Logger log = LoggerFactory.getLogger(IdNumberJobs.class);

    private final IdNumberStepUseCase step;

    public IdNumberJobs(IdNumberStepUseCase step) {
        this.step = step;
    }

    @Scheduled(fixedDelayString = "${lienthong.procedure.id-number.escalation-check-interval:PT30S}")
    public void escalateOverdue() {
        int escalated = step.escalateOverdue();
        if (escalated > 0) {
            log.warn("{} dossiers waited too long for an ID number; officers asked to obtain them", escalated);
        }
    }

    @Scheduled(fixedDelayString = "${lienthong.procedure.id-number.verification-interval:PT5S}")
    public void verifyManualNumbers() {
        int verified = step.verifyManualNumbers(100);
        if (verified > 0) {
            log.info("Checked {} manually recorded ID numbers against the population database", verified);
        }
    }
}
