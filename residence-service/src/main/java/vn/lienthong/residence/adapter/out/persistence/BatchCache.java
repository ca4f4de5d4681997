package vn.lienthong.residence.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Relationship;

/**
 * What one batch's transaction knows of the register: the households of the people its commands
 * are about (with all their members and their addresses), whether any household is at each
 * address they name, the serial counters it holds locked, and the members it added, to be written
 * just before it commits. Every
 * write of the batch goes through here first, so a later command of the batch reads what an
 * earlier one did. A question about anything not loaded is answered "unknown" (empty), and the
 * repository then asks the database.
 */
final class BatchCache {

    /** The order members are listed in: the head first, then in the order they came to live there. */
    static final Comparator<Member> MEMBER_ORDER = Comparator
            .comparing((Member member) -> member.relationship() != Relationship.HEAD)
            .thenComparing(Member::residentSince, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(member -> member.personalIdNumber().value());

    /** A new member row, as it will be inserted. */
    record NewMember(HouseholdNumber household, Member member, UUID dossierId) {
    }

    /** Each known person's household number, {@code null} for a person known to belong to none. */
    private final Map<PersonalIdNumber, HouseholdNumber> membership = new HashMap<>();
    private final Map<HouseholdNumber, Household> households = new HashMap<>();
    /** The permanent address of each loaded household. */
    private final Map<HouseholdNumber, ResidenceBatch.Address> addressOf = new HashMap<>();
    /** Each address asked about, and whether any household is registered at it. */
    private final Map<ResidenceBatch.Address, Boolean> occupied = new HashMap<>();
    private final Map<CommuneCode, Long> lastSerials = new HashMap<>();
    private final Map<CommuneCode, Long> lockedSerials = new HashMap<>();
    private final List<NewMember> newMembers = new ArrayList<>();
    private int serialYear;

    void loaded(Household household, AddressKey key) {
        households.put(household.number(), household);
        addressOf.put(household.number(), new ResidenceBatch.Address(household.commune(), key));
        household.members().forEach(member -> membership.put(member.personalIdNumber(), household.number()));
    }

    /** {@code person} was asked for and belongs to no household loaded: to none at all. */
    void knownWithoutHousehold(PersonalIdNumber person) {
        membership.putIfAbsent(person, null);
    }

    void loaded(ResidenceBatch.Address address, boolean anyHousehold) {
        occupied.put(address, anyHousehold);
    }

    void locked(int year, Map<CommuneCode, Long> serials) {
        serialYear = year;
        lockedSerials.putAll(serials);
        lastSerials.putAll(serials);
    }

    /** The household of {@code person}: empty if unknown here, an empty inner value if they have none. */
    Optional<Optional<Household>> householdOf(PersonalIdNumber person) {
        if (!membership.containsKey(person)) {
            return Optional.empty();
        }
        HouseholdNumber number = membership.get(person);
        return Optional.of(number == null ? Optional.empty() : Optional.of(households.get(number)));
    }

    Optional<Household> household(HouseholdNumber number) {
        return Optional.ofNullable(households.get(number));
    }

    /** Whether any household is at the address: empty if the address was not asked about. */
    Optional<Boolean> anyAt(CommuneCode commune, AddressKey key) {
        return Optional.ofNullable(occupied.get(new ResidenceBatch.Address(commune, key)));
    }

    /** Whether the household is at the address: empty if the household was not loaded. */
    Optional<Boolean> isAt(HouseholdNumber number, CommuneCode commune, AddressKey key) {
        return Optional.ofNullable(addressOf.get(number))
                .map(address -> address.equals(new ResidenceBatch.Address(commune, key)));
    }

    /** The next serial of a counter this batch holds locked; empty for any other counter. */
    Optional<Long> nextSerial(CommuneCode commune, int year) {
        if (year != serialYear || !lastSerials.containsKey(commune)) {
            return Optional.empty();
        }
        return Optional.of(lastSerials.merge(commune, 1L, Long::sum));
    }

    /**
     * Adds {@code member} to a loaded household, to be inserted before commit. False, and nothing
     * kept, when the household was not loaded: the caller then inserts at once.
     */
    boolean add(HouseholdNumber number, Member member, UUID dossierId) {
        Household household = households.get(number);
        if (household == null) {
            membership.remove(member.personalIdNumber());
            return false;
        }
        List<Member> members = new ArrayList<>(household.members());
        members.add(member);
        members.sort(MEMBER_ORDER);
        households.put(number, with(household, members, household.headNeeded()));
        membership.put(member.personalIdNumber(), number);
        newMembers.add(new NewMember(number, member, dossierId));
        return true;
    }

    /** {@code person} left {@code number} (a removal written to the database). */
    void removed(PersonalIdNumber person, HouseholdNumber number, boolean headNeeded) {
        membership.put(person, null);
        Household household = households.get(number);
        if (household != null) {
            List<Member> members = household.members().stream()
                    .filter(member -> !member.personalIdNumber().equals(person)).toList();
            households.put(number, with(household, members, headNeeded));
        }
    }

    /** The members added since the last call, in the order they were added. */
    List<NewMember> takeNewMembers() {
        List<NewMember> taken = List.copyOf(newMembers);
        newMembers.clear();
        return taken;
    }

    /** The counters whose serial moved, with their last serial. */
    Map<CommuneCode, Long> movedSerials() {
        Map<CommuneCode, Long> moved = new HashMap<>();
        lastSerials.forEach((commune, last) -> {
            if (!last.equals(lockedSerials.get(commune))) {
                moved.put(commune, last);
            }
        });
        return moved;
    }

    int serialYear() {
        return serialYear;
    }

    private static Household with(Household household, List<Member> members, boolean headNeeded) {
        return new Household(household.number(), household.commune(), household.communeName(),
                household.addressLine(), household.head(), members, headNeeded);
    }
}
