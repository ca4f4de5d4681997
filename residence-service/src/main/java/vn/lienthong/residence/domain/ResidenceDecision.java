package vn.lienthong.residence.domain;

import java.util.List;

/** The outcome of a request: a registration (maybe the one made earlier) or the reasons for refusal. */
public sealed interface ResidenceDecision {

    record Registered(ResidenceRegistration registration, boolean newlyRegistered) implements ResidenceDecision {
    }

    record Refused(List<Refusal> reasons) implements ResidenceDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
