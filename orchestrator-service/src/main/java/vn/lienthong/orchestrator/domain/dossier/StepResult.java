package vn.lienthong.orchestrator.domain.dossier;

import java.time.LocalDate;

/** What an agency returned when it completed a step. */
public sealed interface StepResult {

    Step step();

    record IdNumberAssigned(String personalIdNumber) implements StepResult {
        @Override
        public Step step() {
            return Step.ID_NUMBER;
        }
    }

    record BirthRegistered(String registerVolume, int entryNumber, String birthCertificateNumber,
                           LocalDate registeredOn, boolean lateRegistration) implements StepResult {
        @Override
        public Step step() {
            return Step.BIRTH_REGISTRATION;
        }
    }

    record ResidenceRegistered(String registrationNumber, String householdNumber, String registeredAddress,
                               String communeCode, LocalDate registeredOn) implements StepResult {
        @Override
        public Step step() {
            return Step.RESIDENCE;
        }
    }

    record HealthInsuranceCardIssued(String cardNumber, String socialInsuranceNumber, String beneficiaryCode,
                                     int benefitLevel, LocalDate validFrom, LocalDate validTo,
                                     String initialCareFacilityCode, String initialCareFacilityName)
            implements StepResult {
        @Override
        public Step step() {
            return Step.HEALTH_INSURANCE;
        }
    }
}
