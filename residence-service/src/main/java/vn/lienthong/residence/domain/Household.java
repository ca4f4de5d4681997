package vn.lienthong.residence.domain;

import java.util.List;
import java.util.Optional;

/**
 * A household (hộ gia đình) with its permanent address and members. {@code communeName} is null
 * when the commune is not in the code list the service knows; the address then shows the code.
 */
public record Household(
        HouseholdNumber number,
        CommuneCode commune,
        String communeName,
        String addressLine,
        PersonalIdNumber head,
        List<Member> members) {

    public Household {
        members = List.copyOf(members);
    }

    public boolean isHead(PersonalIdNumber person) {
        return head.equals(person);
    }

    public Optional<Member> member(PersonalIdNumber person) {
        return members.stream().filter(m -> m.personalIdNumber().equals(person)).findFirst();
    }

    /** The address as registered: {@code "Thôn 3, Xã Bù Gia Mập"}. */
    public String registeredAddress() {
        return addressLine + ", " + (communeName == null ? commune.value() : communeName);
    }

    /** What a child of {@code parent}, a member, becomes to the head. */
    public Relationship relationshipOfChildOf(PersonalIdNumber parent) {
        Relationship parentToHead = isHead(parent)
                ? Relationship.HEAD
                : member(parent).map(Member::relationship).orElse(Relationship.OTHER);
        return Relationship.ofChildOf(parentToHead);
    }
}
