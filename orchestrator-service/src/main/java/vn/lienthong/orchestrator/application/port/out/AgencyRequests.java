package vn.lienthong.orchestrator.application.port.out;

import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * Sends an agency the request for one step, to be delivered once the current transaction
 * commits. The agency answers by message with the same command id.
 */
public interface AgencyRequests {

    Step step();

    void send(UUID commandId, Dossier dossier);
}
