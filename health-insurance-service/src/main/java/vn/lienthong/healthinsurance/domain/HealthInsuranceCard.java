package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A child's card. One per holder: asking again returns the same card. */
public record HealthInsuranceCard(
        CardNumber cardNumber,
        SocialInsuranceNumber socialInsuranceNumber,
        PersonalIdNumber holder,
        String holderName,
        LocalDate holderDateOfBirth,
        LocalDate validFrom,
        LocalDate validTo,
        InitialCareFacility initialCareFacility,
        UUID dossierId,
        LocalDate issuedOn) {

    public String beneficiaryCode() {
        return CardNumber.CHILD_UNDER_SIX;
    }

    public int benefitLevel() {
        return CardNumber.FULL_BENEFIT;
    }
}
