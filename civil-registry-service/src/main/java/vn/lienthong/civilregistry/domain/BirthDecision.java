package vn.lienthong.civilregistry.domain;

import java.util.List;

/** The outcome of a declaration: the registration (maybe made earlier for the same dossier) or the reasons for refusal. */
public sealed interface BirthDecision {

    record Registered(BirthRegistration registration, boolean newlyRegistered) implements BirthDecision {
    }

    record Refused(List<Refusal> reasons) implements BirthDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
