package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A seeded citizen's death to declare, with the family left behind and what each agency should make
 * of it. Most deaths agree across the agencies; some do not, on purpose: the dossier gives another
 * date of birth than the population database ({@link #declaredDateOfBirth}), the deceased has no
 * permanent residence ({@code household} empty), is not insured or did not contribute enough.
 *
 * @param deceased            the person as the population database knows them
 * @param spouse              the surviving spouse, if any
 * @param child               an adult child, who lives with the deceased or elsewhere
 * @param household           the household the deceased belonged to, if registered anywhere
 * @param commune             the commune of the last residence, which registers the death
 * @param addressLine         the last residence's address line
 * @param declaredDateOfBirth the date of birth the dossier gives; not the database's in a few deaths
 * @param insurance           the social-insurance record, if there is one
 * @param declarant           who declares the death (a child or the spouse), also paid the allowance
 * @param declarantRelationship the declarant's relationship to the deceased: CHILD or SPOUSE
 */
public record Death(
        int serial,
        Person deceased,
        Optional<Person> spouse,
        Person child,
        Optional<Household> household,
        Commune commune,
        String addressLine,
        LocalDate declaredDateOfBirth,
        LocalDate dateOfDeath,
        LocalTime timeOfDeath,
        CareFacility facility,
        String causeCategory,
        String proofKind,
        String proofNumber,
        Optional<InsuranceProfile> insurance,
        Person declarant,
        String declarantRelationship,
        String declarantPhone,
        String paymentMethod,
        String bankAccountNumber,
        boolean survivorsBenefitsRequested,
        String portalDossierCode,
        OffsetDateTime submittedAt,
        Submission.Channel channel,
        Submission.ResultDelivery resultDelivery) {

    /** The facility's death notice when the person died in one, else the commune's or the police's. */
    public boolean diedInFacility() {
        return facility != null;
    }

    /** The dossier's date of birth disagrees with the population database's: an officer compares them. */
    public boolean dateOfBirthDiffers() {
        return !declaredDateOfBirth.equals(deceased.dateOfBirth());
    }

    /** Declared more than 15 days after the death, counted on {@code registrationDay}. */
    public boolean lateOn(LocalDate registrationDay) {
        return registrationDay.isAfter(dateOfDeath.plusDays(15));
    }

    /** What the residence database should answer. */
    public ResidenceOutcome expectedResidence() {
        if (household.isEmpty()) {
            return ResidenceOutcome.NOT_REGISTERED;
        }
        Household registered = household.get();
        boolean head = registered.head().equals(deceased);
        int remaining = registered.members().size() - 1;
        if (head && remaining > 0) {
            return ResidenceOutcome.REMOVED_HOUSEHOLD_NEEDS_NEW_HEAD;
        }
        return remaining > 0 ? ResidenceOutcome.REMOVED : ResidenceOutcome.REMOVED_NO_ONE_LEFT;
    }

    /** What social insurance should decide, by the rules of docs/agencies.md. */
    public AllowanceOutcome expectedAllowance() {
        if (insurance.isEmpty()) {
            return AllowanceOutcome.NOT_INSURED;
        }
        InsuranceProfile record = insurance.get();
        boolean qualifies = record.monthlyBenefit() != null && !record.monthlyBenefitSince().isAfter(dateOfDeath)
                || record.compulsoryMonths() > 0 && ("WORK_ACCIDENT".equals(causeCategory)
                        || "OCCUPATIONAL_DISEASE".equals(causeCategory))
                || record.compulsoryMonths() >= 12
                || record.compulsoryMonths() + record.voluntaryMonths() >= 60;
        if (qualifies) {
            return AllowanceOutcome.GRANTED;
        }
        if (record.otherScheme() != null) {
            return AllowanceOutcome.PAID_BY_OTHER_SCHEME;
        }
        return record.compulsoryMonths() + record.voluntaryMonths() == 0
                ? AllowanceOutcome.NOT_INSURED : AllowanceOutcome.INSUFFICIENT_CONTRIBUTIONS;
    }

    /** Everyone of the death the population database must know: the deceased, the spouse, the child. */
    public Stream<Person> citizens() {
        return Stream.of(Optional.of(deceased), spouse, Optional.of(child)).flatMap(Optional::stream);
    }

    public enum ResidenceOutcome {
        REMOVED_HOUSEHOLD_NEEDS_NEW_HEAD,
        REMOVED,
        REMOVED_NO_ONE_LEFT,
        NOT_REGISTERED
    }

    public enum AllowanceOutcome {
        GRANTED,
        NOT_INSURED,
        INSUFFICIENT_CONTRIBUTIONS,
        PAID_BY_OTHER_SCHEME
    }
}
