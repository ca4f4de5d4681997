package vn.lienthong.residence.application.port.out;

import java.util.Optional;

import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.ResidenceRemoval;

/** The removals of registrations of people who died: at most one per person, kept for good. */
public interface ResidenceRemovals {

    Optional<ResidenceRemoval> findByPerson(PersonalIdNumber person);

    /**
     * Records the removal: the member leaves the household, which is marked as needing a new head
     * when the removal says so, and the removal is kept, all or nothing. Fails when the person's
     * removal is recorded already, even by a concurrent request, whose retry then finds it.
     */
    void record(ResidenceRemoval removal);
}
