package vn.lienthong.orchestrator.application.port.model;

import java.util.List;

import vn.lienthong.orchestrator.domain.dossier.Reason;

/** How a call to the population database ended. */
public sealed interface IdNumberOutcome {

    /** {@code parentsChecked}: the request checked the parents too, and they matched. */
    record Assigned(String personalIdNumber, boolean parentsChecked) implements IdNumberOutcome {

        public Assigned(String personalIdNumber) {
            this(personalIdNumber, false);
        }
    }

    /** Slow, unreachable, overloaded or garbled: worth trying again later. */
    record TransientFailure(Reason reason) implements IdNumberOutcome {
    }

    /** The data in the dossier was refused: the applicant must correct it. */
    record InvalidData(List<Reason> reasons) implements IdNumberOutcome {
    }

    /** This system may not ask: retrying cannot help, a person must sort it out. */
    record PermissionDenied(Reason reason) implements IdNumberOutcome {
    }

    /** The parents differ from the population database: an officer confirms or corrects them. */
    record ParentsDiffer(List<Reason> differences) implements IdNumberOutcome {
    }

    /**
     * The child may already be a citizen: the population database knows one, numbered
     * {@code existingPersonalIdNumber} (masked), with the same {@code matchedFields} (paths in the
     * dossier). An officer decides whether it is the same child.
     */
    record PossibleDuplicate(String existingPersonalIdNumber, List<String> matchedFields) implements IdNumberOutcome {
        public PossibleDuplicate {
            matchedFields = List.copyOf(matchedFields);
        }
    }
}
