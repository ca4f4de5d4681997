package vn.lienthong.deploy.population;

import java.util.List;

/** A household (hộ gia đình) registered for permanent residence at one address in a commune. */
public record Household(String householdNumber, Commune commune, String addressLine, List<HouseholdMember> members) {

    public Household {
        members = List.copyOf(members);
    }

    public Person head() {
        return members.stream().filter(member -> member.relationshipToHead() == Relationship.HEAD)
                .map(HouseholdMember::person).findFirst().orElseThrow();
    }

    public boolean includes(Person person) {
        return members.stream().anyMatch(member -> member.person().equals(person));
    }
}
