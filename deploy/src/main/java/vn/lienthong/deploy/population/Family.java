package vn.lienthong.deploy.population;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * One family with a newborn to declare. The father may be unknown. A grandparent exists when one
 * heads or shares the household, or files the dossier.
 */
public record Family(
        Person mother,
        Optional<Person> father,
        Optional<Person> grandparent,
        Household household,
        Newborn child,
        CareFacility initialCareFacility,
        Submission submission) {

    /**
     * The parent at whose residence the child is registered: the head when a parent heads the
     * household, otherwise the parent who is the head's child.
     */
    public Person residenceParent() {
        Person head = household.head();
        if (head.equals(mother) || father.filter(head::equals).isPresent()) {
            return head;
        }
        return household.members().stream()
                .filter(member -> member.relationshipToHead() == Relationship.CHILD)
                .map(HouseholdMember::person).findFirst().orElseThrow();
    }

    /** Registering into another person's household needs the head's consent. */
    public boolean needsHouseholdHeadConsent() {
        return !residenceParent().equals(household.head());
    }

    /** Everyone of the family the population database must know: parents and grandparent. */
    public Stream<Person> citizens() {
        return Stream.of(Optional.of(mother), father, grandparent).flatMap(Optional::stream);
    }
}
