package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/**
 * A step that failed, waits or is stuck. {@code since} is when it entered its current status
 * (retries of the same request do not reset it); {@code lastError} may be null.
 */
public record TroubledStep(UUID dossierId, String portalDossierCode, String communeCode, Step step,
                           StepStatus status, int attempts, Reason lastError, Instant since, Instant nextAttemptAt) {

    public Duration age(Instant now) {
        return since == null || since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
    }
}
