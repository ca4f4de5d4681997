package vn.lienthong.healthinsurance.domain;

import java.util.List;

/** The outcome of an application: a card (maybe the one issued earlier) or the reasons for refusal. */
public sealed interface CardDecision {

    record Issued(HealthInsuranceCard card, boolean newlyIssued) implements CardDecision {
    }

    record Refused(List<Refusal> reasons) implements CardDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
