package vn.lienthong.deploy.population;

public record HouseholdMember(Person person, Relationship relationshipToHead) {
}
