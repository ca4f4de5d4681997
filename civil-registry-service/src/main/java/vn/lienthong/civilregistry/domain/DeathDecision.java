package vn.lienthong.civilregistry.domain;

import java.util.List;

/** The outcome of a death declaration: the registration (maybe made earlier for the same dossier) or the reasons for refusal. */
public sealed interface DeathDecision {

    record Registered(DeathRegistration registration, boolean newlyRegistered) implements DeathDecision {
    }

    record Refused(List<Refusal> reasons) implements DeathDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
