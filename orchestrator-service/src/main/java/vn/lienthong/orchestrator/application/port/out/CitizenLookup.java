package vn.lienthong.orchestrator.application.port.out;

import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck.RegisteredPerson;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;

/** How a look-up in the population database ended. */
public sealed interface CitizenLookup {

    record Found(RegisteredPerson person) implements CitizenLookup {
    }

    record NotFound() implements CitizenLookup {
    }

    /** Any failure: the outcome the saga draws from it is the same as for a failed assignment. */
    record Failed(IdNumberOutcome outcome) implements CitizenLookup {
    }
}
