package vn.lienthong.orchestrator.application.port.out.ops;

import java.util.List;
import java.util.Optional;

import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;

/** Which agencies ops paused, and the steps held meanwhile. Writes join the caller's transaction. */
public interface AgencyPauses {

    /**
     * The agency's pause, if any. Inside a transaction the pause is held until it ends, so a
     * resume waits for everyone who saw the agency paused and then finds every step they held.
     */
    Optional<AgencyPause> pauseOf(Agency agency);

    /** Records the pause; false if the agency is paused already. */
    boolean pause(AgencyPause pause);

    /** Removes the agency's pause; empty if it was not paused. */
    Optional<AgencyPause> resume(Agency agency);

    List<AgencyPause> all();

    /** Up to {@code max} dossiers whose {@code step} is held, scheduled but not sent. */
    List<DossierId> held(Step step, int max);

    /** How many of the agency's steps wait for an attempt (scheduled or waiting to retry). */
    long waiting(Agency agency);
}
