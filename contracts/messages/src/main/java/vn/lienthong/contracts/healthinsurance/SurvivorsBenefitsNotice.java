package vn.lienthong.contracts.healthinsurance;

import java.util.List;

/**
 * What the relatives may claim as survivors' benefits (chế độ tử tuất) and what they need, as far as
 * the deceased's record shows it; the benefits themselves are decided on the relatives' own claim,
 * not here. {@code monthlyMayBeClaimed}: the deceased qualifies a relative for the monthly benefit
 * (Social Insurance Law 2024, Art. 86(1)); whether one does depends on the relatives (Art. 86(2)).
 * {@code oneTimeMayBeClaimed}: the one-time benefit (Art. 88, 89; for voluntary insurance Art. 110).
 * {@code neededDocuments} are codes: RELATIVES_DECLARATION, REPRESENTATIVE_CONFIRMATION (each
 * relative's confirmation in VNeID, or form 09-HSB), WORK_CAPACITY_ASSESSMENT (for a relative who
 * qualifies only through a loss of working capacity).
 */
public record SurvivorsBenefitsNotice(
        boolean monthlyMayBeClaimed,
        boolean oneTimeMayBeClaimed,
        String legalBasis,
        List<String> neededDocuments,
        String messageVi,
        String messageEn) {
}
