package vn.lienthong.residence.application.port.out;

import java.util.Optional;
import java.util.UUID;

import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;

/** The register of households. A person is a member of at most one. */
public interface Households {

    /**
     * Whether any household has its permanent address at {@code address} in {@code commune}. A
     * question, not a list: a hamlet address ("Thôn 5") can hold hundreds of households, and
     * deciding a registration needs none of them but the parent's.
     */
    boolean anyAt(CommuneCode commune, AddressKey address);

    /** Whether household {@code number} has its permanent address at {@code address} in {@code commune}. */
    boolean isAt(HouseholdNumber number, CommuneCode commune, AddressKey address);

    Optional<Household> find(HouseholdNumber number);

    /** The household {@code person} is a permanent resident of, if any. */
    Optional<Household> of(PersonalIdNumber person);

    /**
     * Adds {@code member}, registered for {@code dossierId}. Fails if they belong to a household
     * already: a concurrent registration of the same child then rolls back, and its retry finds
     * the first one.
     */
    void addMember(HouseholdNumber household, Member member, UUID dossierId);
}
