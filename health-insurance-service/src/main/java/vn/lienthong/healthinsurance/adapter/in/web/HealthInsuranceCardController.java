package vn.lienthong.healthinsurance.adapter.in.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.healthinsurance.application.port.in.FindCardUseCase;
import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.web.InvalidFieldException;

/** Look up the card of a child, as a health facility checking coverage would. */
@RestController
@RequestMapping("/api/v1/health-insurance-cards")
public class HealthInsuranceCardController {

    private final FindCardUseCase cards;

    public HealthInsuranceCardController(FindCardUseCase cards) {
        this.cards = cards;
    }

    @GetMapping("/{personalIdNumber}")
    public CardView byHolder(@PathVariable String personalIdNumber) {
        if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            throw new InvalidFieldException("personalIdNumber",
                    "Số định danh cá nhân phải có đúng 12 chữ số.", "A personal ID number has exactly 12 digits.");
        }
        return cards.findByHolder(new PersonalIdNumber(personalIdNumber))
                .map(CardView::of)
                .orElseThrow(() -> new CardNotFoundException());
    }

    public record CardView(String cardNumber, String socialInsuranceNumber, String personalIdNumber, String fullName,
                           String beneficiaryCode, int benefitLevel, LocalDate validFrom, LocalDate validTo,
                           String initialCareFacilityCode, String initialCareFacilityName, LocalDate issuedOn) {

        static CardView of(HealthInsuranceCard card) {
            return new CardView(card.cardNumber().value(), card.socialInsuranceNumber().value(), card.holder().value(),
                    card.holderName(), card.beneficiaryCode(), card.benefitLevel(), card.validFrom(), card.validTo(),
                    card.initialCareFacility().code(), card.initialCareFacility().name(), card.issuedOn());
        }
    }
}
