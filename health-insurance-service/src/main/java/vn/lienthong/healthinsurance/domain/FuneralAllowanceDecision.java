package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a funeral-allowance claim: granted (maybe earlier, for the same dossier); refused,
 * a decision with its reason that ends the step (not insured, too few contributions, another scheme
 * pays, paid already); or not decidable as sent (a field to correct, or a person must decide).
 */
public sealed interface FuneralAllowanceDecision {

    record Granted(FuneralAllowance allowance, boolean newlyGranted) implements FuneralAllowanceDecision {
    }

    record Refused(String code, OtherScheme otherScheme, String messageVi, String messageEn, String legalBasis,
                   LocalDate decidedOn, SurvivorsOutlook survivors) implements FuneralAllowanceDecision {

        public static final String NOT_INSURED = "NOT_INSURED";
        public static final String INSUFFICIENT_CONTRIBUTIONS = "INSUFFICIENT_CONTRIBUTIONS";
        public static final String PAID_BY_OTHER_SCHEME = "PAID_BY_OTHER_SCHEME";
        public static final String ALREADY_PAID = "ALREADY_PAID";
    }

    record Rejected(List<Refusal> reasons) implements FuneralAllowanceDecision {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }
}
