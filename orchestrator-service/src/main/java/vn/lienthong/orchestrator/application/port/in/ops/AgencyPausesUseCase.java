package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.List;

import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;
import vn.lienthong.orchestrator.domain.dossier.Agency;

/**
 * Pausing and resuming the automatic requests to one agency. While the population database is
 * paused no ID-number attempt is made; while an agency reached over Kafka is paused, its steps
 * that would start are held and are sent once it is resumed.
 */
public interface AgencyPausesUseCase {

    /** Raises {@link PauseConflictException} if the agency is paused already. */
    AgencyState pause(Agency agency, Attribution by);

    /** Raises {@link PauseConflictException} if the agency is not paused. Held steps go out shortly after. */
    AgencyState resume(Agency agency, Attribution by);

    List<AgencyState> agencies();

    /** Sends the held steps of agencies no longer paused, a batch at a time; returns how many. */
    int releaseHeldSteps();

    /**
     * One agency as ops see it: its pause (null when not paused), how many steps wait for it, and
     * for the population database the state of its circuit breaker (else null).
     */
    record AgencyState(Agency agency, AgencyPause pause, long waitingSteps, String circuitBreaker) {
    }
}
