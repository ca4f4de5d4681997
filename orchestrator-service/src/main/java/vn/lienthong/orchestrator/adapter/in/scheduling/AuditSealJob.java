package vn.lienthong.orchestrator.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import vn.lienthong.orchestrator.application.port.in.audit.AuditTrailUseCase;

/**
 * Chains the audit entries that requests recorded, moments after they commit. The entries are
 * already durable when recorded; a failed sealing is tried again on the next run, and a stopped
 * service leaves them to the next instance or start.
 */
public class AuditSealJob {

    private static final Logger log = LoggerFactory.getLogger(AuditSealJob.class);

    private final AuditTrailUseCase audit;

    public AuditSealJob(AuditTrailUseCase audit) {
        this.audit = audit;
    }

    @Scheduled(fixedDelayString = "${lienthong.audit.seal-interval:PT0.2S}")
    public void sealPending() {
        try {
            audit.sealPending();
        } catch (RuntimeException e) {
            log.warn("Could not chain the pending audit entries; trying again: {}", e.toString());
        }
    }
}
