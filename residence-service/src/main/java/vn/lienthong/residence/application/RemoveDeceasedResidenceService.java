package vn.lienthong.residence.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceCommand;
import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceUseCase;
import vn.lienthong.residence.application.port.out.Households;
import vn.lienthong.residence.application.port.out.ResidenceRemovals;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.RemovalDecision;
import vn.lienthong.residence.domain.RemovalPolicy;
import vn.lienthong.residence.domain.ResidenceRemoval;

/**
 * Removes the registrations of people who died: once per person, whichever dossier asks and however
 * often, so a replayed death extract never removes twice.
 */
public class RemoveDeceasedResidenceService implements RemoveDeceasedResidenceUseCase {

    private final Households households;
    private final ResidenceRemovals removals;
    private final Clock clock;

    public RemoveDeceasedResidenceService(Households households, ResidenceRemovals removals, Clock clock) {
        this.households = households;
        this.removals = removals;
        this.clock = clock;
    }

    @Override
    public RemovalDecision remove(RemoveDeceasedResidenceCommand command) {
        Optional<ResidenceRemoval> earlier = removals.findByPerson(command.person());
        if (earlier.isPresent()) {
            return new RemovalDecision.Removed(earlier.get(), false);
        }
        Optional<Household> household = households.of(command.person());
        if (household.isEmpty()) {
            return new RemovalDecision.NotRegistered();
        }
        Member member = household.get().member(command.person()).orElseThrow();
        List<Refusal> refusals = RemovalPolicy.refusals(member, command.dateOfDeath());
        if (!refusals.isEmpty()) {
            return new RemovalDecision.Refused(refusals);
        }
        var removal = ResidenceRemoval.ofDeath(household.get(), member, command.dateOfDeath(),
                command.deathExtractNumber(), command.dossierId(), LocalDate.now(clock));
        removals.record(removal);
        return new RemovalDecision.Removed(removal, true);
    }
}
