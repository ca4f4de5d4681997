package vn.lienthong.residence.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.residence.application.port.out.Households;
import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;

/** The register in memory, refusing a second membership as the database's key does. */
final class InMemoryHouseholds implements Households {

    private final Map<HouseholdNumber, Household> byNumber = new LinkedHashMap<>();

    InMemoryHouseholds(Household... households) {
        for (Household household : households) {
            byNumber.put(household.number(), household);
        }
    }

    @Override
    public boolean anyAt(CommuneCode commune, AddressKey address) {
        return byNumber.values().stream().anyMatch(h -> at(h, commune, address));
    }

    @Override
    public boolean isAt(HouseholdNumber number, CommuneCode commune, AddressKey address) {
        return find(number).filter(h -> at(h, commune, address)).isPresent();
    }

    private static boolean at(Household household, CommuneCode commune, AddressKey address) {
        return household.commune().equals(commune) && AddressKey.of(household.addressLine()).equals(address);
    }

    @Override
    public Optional<Household> find(HouseholdNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public Optional<Household> of(PersonalIdNumber person) {
        return byNumber.values().stream().filter(h -> h.member(person).isPresent()).findFirst();
    }

    @Override
    public void addMember(HouseholdNumber number, Member member, UUID dossierId) {
        if (of(member.personalIdNumber()).isPresent()) {
            throw new IllegalStateException("duplicate key: already a member of a household");
        }
        Household household = byNumber.get(number);
        List<Member> members = new ArrayList<>(household.members());
        members.add(member);
        byNumber.put(number, new Household(number, household.commune(), household.communeName(),
                household.addressLine(), household.head(), members));
    }

    /** As the removal's transaction does: the member leaves, the household is marked or not. */
    void removeMember(HouseholdNumber number, PersonalIdNumber person, boolean headNeeded) {
        Household household = byNumber.get(number);
        List<Member> members = household.members().stream()
                .filter(member -> !member.personalIdNumber().equals(person)).toList();
        byNumber.put(number, new Household(number, household.commune(), household.communeName(),
                household.addressLine(), household.head(), members, headNeeded));
    }

    long membershipsOf(PersonalIdNumber person) {
        return byNumber.values().stream().flatMap(h -> h.members().stream())
                .filter(m -> m.personalIdNumber().equals(person)).count();
    }
}
