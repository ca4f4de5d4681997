package vn.lienthong.orchestrator.adapter.in.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.lienthong.orchestrator.domain.form.Channel;
import vn.lienthong.orchestrator.domain.form.Relationship;
import vn.lienthong.orchestrator.domain.form.ResultDelivery;
import vn.lienthong.orchestrator.domain.form.Sex;

/**
 * The dossier exactly as the national portal sends it; field names are the portal's contract.
 * {@code father} is absent when the father is unknown; {@code child.placeOfBirth.facilityName}
 * is absent for a birth outside a health facility.
 */
public record PortalDossier(
        String portalDossierCode,
        OffsetDateTime submittedAt,
        Channel channel,
        String registrationCommuneCode,
        Child child,
        Person mother,
        Person father,
        Declarant declarant,
        Residence residence,
        HealthInsurance healthInsurance,
        ResultDelivery resultDelivery) {

    public record Child(String fullName, Sex sex, LocalDate dateOfBirth, PlaceOfBirth placeOfBirth, String ethnicity,
                        String nationality, MedicalBirthCertificate medicalBirthCertificate) {
    }

    public record PlaceOfBirth(String facilityName, String communeCode) {
    }

    public record MedicalBirthCertificate(String number, Boolean electronic) {
    }

    public record Person(String fullName, LocalDate dateOfBirth, String personalIdNumber, String ethnicity,
                         String nationality) {
    }

    public record Declarant(String fullName, String personalIdNumber, Relationship relationship, String phone) {
    }

    public record Residence(String parentPersonalIdNumber, String communeCode, String addressLine,
                            Boolean householdHeadConsent) {
    }

    public record HealthInsurance(String initialCareFacilityCode) {
    }
}
