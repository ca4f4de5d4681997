package vn.lienthong.residence.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.lienthong.residence.application.port.in.FindHouseholdUseCase;
import vn.lienthong.residence.application.port.in.FindResidentUseCase;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceCommand;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceUseCase;
import vn.lienthong.residence.application.port.out.Households;
import vn.lienthong.residence.application.port.out.RegistrationNumbers;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.RegistrationNumber;
import vn.lienthong.residence.domain.ResidenceDecision;
import vn.lienthong.residence.domain.ResidencePolicy;
import vn.lienthong.residence.domain.ResidenceRegistration;
import vn.lienthong.residence.domain.Resident;

/** Registers children in a parent's household: once per child, whichever dossier asks. */
public class RegisterChildResidenceService
        implements RegisterChildResidenceUseCase, FindResidentUseCase, FindHouseholdUseCase {

    private final Households households;
    private final RegistrationNumbers numbers;
    private final Clock clock;

    public RegisterChildResidenceService(Households households, RegistrationNumbers numbers, Clock clock) {
        this.households = households;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public ResidenceDecision register(RegisterChildResidenceCommand command) {
        Optional<Resident> existing = findResident(command.child());
        if (existing.isPresent()) {
            return earlier(existing.get());
        }
        Optional<Household> parentsHousehold = households.of(command.parent());
        List<Refusal> refusals = ResidencePolicy.refusals(households.anyAt(command.commune(), command.address()),
                parentsHousehold, household -> households.isAt(household.number(), command.commune(), command.address()),
                command.parent(), command.householdHeadConsent());
        if (!refusals.isEmpty()) {
            return new ResidenceDecision.Refused(refusals);
        }
        Household household = parentsHousehold.orElseThrow();
        LocalDate today = LocalDate.now(clock);
        RegistrationNumber number = numbers.next(household.commune(), today.getYear());
        var child = new Member(command.child(), command.childFullName(),
                household.relationshipOfChildOf(command.parent()), today, number);
        households.addMember(household.number(), child, command.dossierId());
        return new ResidenceDecision.Registered(ResidenceRegistration.of(household, child), true);
    }

    /** A child registered before gets that registration back; no second membership, no new number. */
    private static ResidenceDecision earlier(Resident resident) {
        if (resident.member().registration().isEmpty()) {
            return new ResidenceDecision.Refused(List.of(Refusal.alreadyPermanentResident()));
        }
        return new ResidenceDecision.Registered(ResidenceRegistration.of(resident.household(), resident.member()), false);
    }

    @Override
    public Optional<Resident> findResident(PersonalIdNumber person) {
        return households.of(person).map(household -> new Resident(household, household.member(person).orElseThrow()));
    }

    @Override
    public Optional<Household> findHousehold(HouseholdNumber number) {
        return households.find(number);
    }
}
