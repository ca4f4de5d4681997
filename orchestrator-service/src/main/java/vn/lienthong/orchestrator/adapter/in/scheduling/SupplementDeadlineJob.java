package vn.lienthong.orchestrator.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import vn.lienthong.orchestrator.application.port.in.ProgressDossierUseCase;

/** Refuses dossiers whose supplement period has ended, checking at a fixed interval. */
public class SupplementDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(SupplementDeadlineJob.class);

    private final ProgressDossierUseCase progress;

    public SupplementDeadlineJob(ProgressDossierUseCase progress) {
        this.progress = progress;
    }

    @Scheduled(fixedDelayString = "${lienthong.procedure.supplement-check-interval:PT1M}")
    public void refuseOverdue() {
        int refused = progress.refuseOverdueSupplements();
        if (refused > 0) {
            log.info("Refused {} dossiers whose supplement period ended", refused);
        }
    }
}
