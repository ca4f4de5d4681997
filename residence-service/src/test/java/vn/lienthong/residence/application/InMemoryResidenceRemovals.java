package vn.lienthong.residence.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.lienthong.residence.application.port.out.ResidenceRemovals;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.ResidenceRemoval;

/** Removals in memory, over the in-memory register, refusing a second removal as the database's key does. */
final class InMemoryResidenceRemovals implements ResidenceRemovals {

    final Map<PersonalIdNumber, ResidenceRemoval> byPerson = new LinkedHashMap<>();
    private final InMemoryHouseholds households;

    InMemoryResidenceRemovals(InMemoryHouseholds households) {
        this.households = households;
    }

    @Override
    public Optional<ResidenceRemoval> findByPerson(PersonalIdNumber person) {
        return Optional.ofNullable(byPerson.get(person));
    }

    @Override
    public void record(ResidenceRemoval removal) {
        if (byPerson.putIfAbsent(removal.person(), removal) != null) {
            throw new IllegalStateException("duplicate key: the person's removal is recorded already");
        }
        households.removeMember(removal.householdNumber(), removal.person(), removal.householdNeedsNewHead());
    }
}
