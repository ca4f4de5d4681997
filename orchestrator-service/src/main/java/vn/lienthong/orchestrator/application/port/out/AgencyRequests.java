package vn.lienthong.orchestrator.application.port.out;

import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * Sends an agency the request for one of the steps it does (in any procedure), to be delivered
 * once the current transaction commits. The agency answers by message with the same command id.
 */
public interface AgencyRequests {

    /** The steps, declared as commands, whose requests this agency takes. */
    List<Step> steps();

    void send(Step step, UUID commandId, Dossier dossier);
}
