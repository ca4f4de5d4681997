package vn.lienthong.residence.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A permanent resident of a household. {@code residentSince} is null when the source did not say
 * (an imported register); {@code registrationNumber} is null unless this service registered them.
 */
public record Member(
        PersonalIdNumber personalIdNumber,
        String fullName,
        Relationship relationship,
        LocalDate residentSince,
        RegistrationNumber registrationNumber) {

    public Optional<RegistrationNumber> registration() {
        return Optional.ofNullable(registrationNumber);
    }
}
