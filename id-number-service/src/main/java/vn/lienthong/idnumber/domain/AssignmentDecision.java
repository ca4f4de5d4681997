package vn.lienthong.idnumber.domain;

import java.util.List;

/**
 * The answer to a request for a number: the number (maybe the one assigned earlier to the same
 * request), the reasons the request cannot be served, or a request id already used for other data.
 */
public sealed interface AssignmentDecision {

    record Assigned(NumberAssignment assignment, boolean newlyIssued) implements AssignmentDecision {
    }

    record Refused(List<Refusal> reasons) implements AssignmentDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    record RequestIdReused(String requestId) implements AssignmentDecision {
    }
}
