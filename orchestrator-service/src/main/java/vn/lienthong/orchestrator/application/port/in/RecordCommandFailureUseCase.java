package vn.lienthong.orchestrator.application.port.in;

import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * Requests of the saga that never reached their agency, or that the agency could not read: the
 * step they belong to fails, for ops, so that the dossier does not wait for an answer that cannot
 * come. A failure of a request the step no longer waits for (stale) changes nothing.
 */
public interface RecordCommandFailureUseCase {

    /** The outbox parked the step's request: it can never be sent as it is. */
    void notDeliverable(DossierId dossierId, Step step, UUID commandId, String detail);

    /** The agency dead-lettered the step's request; {@code where} locates the dead letter. */
    void deadLettered(DossierId dossierId, Step step, UUID commandId, String where);
}
