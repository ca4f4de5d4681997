package vn.lienthong.orchestrator.application.port.model;

import java.util.List;

import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/** How a scheduled call of any procedure ended, as the engine records it on the step. */
public sealed interface CallOutcome {

    /** The step is done with this result. */
    record Completed(StepResult result) implements CallOutcome {
    }

    /** Slow, unreachable, overloaded or garbled: the same request is tried again later. */
    record TransientFailure(Reason reason) implements CallOutcome {
    }

    /** The dossier's data was refused: the applicant supplements it. */
    record InvalidData(List<Reason> reasons) implements CallOutcome {
    }

    /** The data differs from the agency's register: an officer confirms the dossier's, or corrects it. */
    record NeedsReview(List<Reason> differences) implements CallOutcome {
    }

    /** Retrying cannot help and the applicant cannot change it: an officer sorts it out. */
    record NeedsOfficer(Reason reason) implements CallOutcome {
    }
}
