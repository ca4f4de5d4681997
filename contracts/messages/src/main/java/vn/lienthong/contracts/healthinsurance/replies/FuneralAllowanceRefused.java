package vn.lienthong.contracts.healthinsurance.replies;

import java.time.LocalDate;
import java.util.UUID;

import vn.lienthong.contracts.healthinsurance.SurvivorsBenefitsNotice;

/**
 * Social insurance does not pay the funeral allowance, for the reason in {@code code}: NOT_INSURED,
 * INSUFFICIENT_CONTRIBUTIONS, PAID_BY_OTHER_SCHEME ({@code otherScheme} names it:
 * SOCIAL_PROTECTION, MERITORIOUS_PERSON or SOCIAL_PENSION, and the messages name the body to ask)
 * or ALREADY_PAID. A decision, not an error: it ends this step, not the dossier, and nothing in the
 * dossier can change it. {@code otherScheme} is null unless the code is PAID_BY_OTHER_SCHEME.
 */
public record FuneralAllowanceRefused(
        UUID commandId,
        UUID dossierId,
        String code,
        String otherScheme,
        String messageVi,
        String messageEn,
        String legalBasis,
        LocalDate decidedOn,
        SurvivorsBenefitsNotice survivorsBenefits) implements FuneralAllowanceReply {
}
