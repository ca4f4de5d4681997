package vn.lienthong.idnumber.domain;

import java.util.List;

/**
 * The answer to a request for a number: the number (maybe the one assigned earlier to the same
 * request), the reasons the request cannot be served, a newborn who may already be a citizen,
 * parents recorded otherwise than declared, or a request id already used for other data.
 */
public sealed interface AssignmentDecision {

    record Assigned(NumberAssignment assignment, boolean newlyIssued) implements AssignmentDecision {

        /** Whether the request asked for the parents' check, which they passed before the number was issued. */
        public boolean parentsChecked() {
            return assignment.parentsDigest() != null;
        }
    }

    /** A parent is recorded otherwise than declared: no number until an officer confirms or corrects. */
    record ParentsDiffer(ParentDataHold hold) implements AssignmentDecision {
    }

    record Refused(List<Refusal> reasons) implements AssignmentDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    record RequestIdReused(String requestId) implements AssignmentDecision {
    }

    /**
     * The newborn matches the citizen numbered {@code existing} on every field of
     * {@code matchedFields}: an officer must decide whether it is the same child.
     */
    record PossibleDuplicate(String requestId, PersonalIdNumber existing, List<String> matchedFields)
            implements AssignmentDecision {
        public PossibleDuplicate {
            matchedFields = List.copyOf(matchedFields);
        }

        public static PossibleDuplicate of(DuplicateRefusal refusal) {
            return new PossibleDuplicate(refusal.requestId(), refusal.existing(), refusal.matchedFields());
        }
    }
}
