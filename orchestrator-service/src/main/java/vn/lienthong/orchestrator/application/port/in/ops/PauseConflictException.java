package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;
import vn.lienthong.orchestrator.domain.dossier.Agency;

/**
 * Pausing an agency that is paused, or resuming one that is not (answered with 409), so nobody
 * silently overwrites a colleague's pause and its reason.
 */
public class PauseConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Agency agency;
    private final transient AgencyPause existing;

    private PauseConflictException(Agency agency, AgencyPause existing, String message) {
        super(message);
        this.agency = agency;
        this.existing = existing;
    }

    public static PauseConflictException alreadyPaused(AgencyPause existing) {
        return new PauseConflictException(existing.agency(), existing, existing.agency() + " is already paused by "
                + existing.pausedBy() + " since " + existing.since() + ".");
    }

    public static PauseConflictException notPaused(Agency agency) {
        return new PauseConflictException(agency, null, agency + " is not paused.");
    }

    public Agency agency() {
        return agency;
    }

    /** The pause in force, or null when the agency was not paused. */
    public AgencyPause existing() {
        return existing;
    }
}
