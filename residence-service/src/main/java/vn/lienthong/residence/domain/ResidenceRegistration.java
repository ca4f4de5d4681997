package vn.lienthong.residence.domain;

import java.time.LocalDate;

/** A child's permanent-residence registration, as the dossier receives it. */
public record ResidenceRegistration(
        RegistrationNumber number,
        HouseholdNumber householdNumber,
        String registeredAddress,
        CommuneCode commune,
        LocalDate registeredOn) {

    /** The registration of {@code member}, who was registered through this service. */
    public static ResidenceRegistration of(Household household, Member member) {
        return new ResidenceRegistration(member.registration().orElseThrow(), household.number(),
                household.registeredAddress(), household.commune(), member.residentSince());
    }
}
