package vn.lienthong.residence.domain;

import java.util.List;
import java.util.Optional;

/**
 * A household (hộ gia đình) with its permanent address and members. {@code communeName} is null
 * when the commune is not in the code list the service knows; the address then shows the code.
 * {@code headNeeded} is true when the head died and members remain: {@code head} is then the former
 * head's number until the members choose a new head and file the change (Residence Law 2020, Art. 26).
 */
public record Household(
        HouseholdNumber number,
        CommuneCode commune,
        String communeName,
        String addressLine,
        PersonalIdNumber head,
        List<Member> members,
        boolean headNeeded) {

    public Household {
        members = List.copyOf(members);
    }

    /** A household with its head. */
    public Household(HouseholdNumber number, CommuneCode commune, String communeName, String addressLine,
                     PersonalIdNumber head, List<Member> members) {
        this(number, commune, communeName, addressLine, head, members, false);
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
