package vn.lienthong.healthinsurance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.lienthong.healthinsurance.application.port.in.FindCardUseCase;
import vn.lienthong.healthinsurance.application.port.in.IssueChildCardCommand;
import vn.lienthong.healthinsurance.application.port.in.IssueChildCardUseCase;
import vn.lienthong.healthinsurance.application.port.out.CareFacilities;
import vn.lienthong.healthinsurance.application.port.out.HealthInsuranceCards;
import vn.lienthong.healthinsurance.application.port.out.SocialInsuranceNumbers;
import vn.lienthong.healthinsurance.domain.CardDecision;
import vn.lienthong.healthinsurance.domain.CardNumber;
import vn.lienthong.healthinsurance.domain.CardValidity;
import vn.lienthong.healthinsurance.domain.ChildCardPolicy;
import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.healthinsurance.domain.Refusal;
import vn.lienthong.healthinsurance.domain.SocialInsuranceNumber;

/** Issues children's cards: one per child, whichever dossier asks. */
public class IssueChildCardService implements IssueChildCardUseCase, FindCardUseCase {

    private final HealthInsuranceCards cards;
    private final CareFacilities facilities;
    private final SocialInsuranceNumbers numbers;
    private final Clock clock;

    public IssueChildCardService(HealthInsuranceCards cards, CareFacilities facilities,
                                 SocialInsuranceNumbers numbers, Clock clock) {
        this.cards = cards;
        this.facilities = facilities;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public CardDecision issue(IssueChildCardCommand command) {
        Optional<HealthInsuranceCard> existing = cards.findByHolder(command.child());
        if (existing.isPresent()) {
            return new CardDecision.Issued(existing.get(), false);
        }
        Optional<InitialCareFacility> facility = facilities.find(command.initialCareFacilityCode());
        List<Refusal> refusals = ChildCardPolicy.refusals(command.dateOfBirth(), command.applicationDate(), facility);
        if (!refusals.isEmpty()) {
            return new CardDecision.Refused(refusals);
        }
        InitialCareFacility careFacility = facility.orElseThrow();
        SocialInsuranceNumber number = numbers.next(careFacility.province());
        var card = new HealthInsuranceCard(
                CardNumber.forChild(careFacility.province(), number),
                number,
                command.child(),
                command.childFullName(),
                command.dateOfBirth(),
                CardValidity.validFrom(command.dateOfBirth()),
                CardValidity.validTo(command.dateOfBirth()),
                careFacility,
                command.dossierId(),
                LocalDate.now(clock));
        cards.add(card);
        return new CardDecision.Issued(card, true);
    }

    @Override
    public Optional<HealthInsuranceCard> findByHolder(PersonalIdNumber holder) {
        return cards.findByHolder(holder);
    }
}
