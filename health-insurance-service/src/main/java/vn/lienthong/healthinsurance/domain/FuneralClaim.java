package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A checked claim for the funeral allowance, from a death dossier: the deceased, the death (its date,
 * cause category and whether a court declared it), the civil registry's death extract, who receives
 * the money and how, whether survivors' benefits are asked for too, and when the dossier came in.
 */
public record FuneralClaim(
        UUID dossierId,
        PersonalIdNumber deceased,
        String fullName,
        LocalDate dateOfDeath,
        String causeCategory,
        boolean declaredDeadByCourt,
        String deathExtractNumber,
        Beneficiary beneficiary,
        Payment payment,
        boolean survivorsBenefitsRequested,
        String lateClaimExplanation,
        LocalDate applicationDate) {

    /** Causes that qualify on their own (Art. 85(1)(b)) and open the monthly survivors' benefit (Art. 86(1)). */
    public static final Set<String> WORK_RELATED_CAUSES = Set.of("WORK_ACCIDENT", "OCCUPATIONAL_DISEASE");

    public FuneralClaim {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(deceased, "deceased");
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(applicationDate, "applicationDate");
    }

    public boolean workRelatedDeath() {
        return WORK_RELATED_CAUSES.contains(causeCategory);
    }

    public boolean explainsLateness() {
        return lateClaimExplanation != null && !lateClaimExplanation.isBlank();
    }

    /** For logs: the dossier only. */
    @Override
    public String toString() {
        return "FuneralClaim[dossier=" + dossierId + "]";
    }
}
