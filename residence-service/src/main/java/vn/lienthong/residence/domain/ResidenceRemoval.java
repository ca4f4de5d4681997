package vn.lienthong.residence.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The removal of a deceased person's permanent residence registration (xóa đăng ký thường trú,
 * Residence Law 2020, Art. 24(1)(a)), as the register keeps it: from which household, what they were
 * to it, what it leaves behind, and the death that is its ground. One per person.
 */
public record ResidenceRemoval(
        PersonalIdNumber person,
        String fullName,
        Relationship relationshipToHead,
        HouseholdNumber householdNumber,
        CommuneCode commune,
        String registeredAddress,
        boolean deceasedWasHead,
        boolean householdNeedsNewHead,
        int remainingMembers,
        LocalDate dateOfDeath,
        String deathExtractNumber,
        UUID dossierId,
        LocalDate removedOn) {

    public ResidenceRemoval {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(householdNumber, "householdNumber");
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        Objects.requireNonNull(removedOn, "removedOn");
    }

    /**
     * {@code member} of {@code household} died: they leave it. A head who leaves members behind
     * leaves a household that needs a new head, as does any death in a household still waiting for
     * one; a household nobody is left in needs none.
     */
    public static ResidenceRemoval ofDeath(Household household, Member member, LocalDate dateOfDeath,
                                           String deathExtractNumber, UUID dossierId, LocalDate removedOn) {
        boolean wasHead = household.isHead(member.personalIdNumber());
        int remaining = (int) household.members().stream()
                .filter(other -> !other.personalIdNumber().equals(member.personalIdNumber())).count();
        boolean needsNewHead = (wasHead || household.headNeeded()) && remaining > 0;
        return new ResidenceRemoval(member.personalIdNumber(), member.fullName(), member.relationship(),
                household.number(), household.commune(), household.registeredAddress(), wasHead, needsNewHead,
                remaining, dateOfDeath, deathExtractNumber, dossierId, removedOn);
    }
}
