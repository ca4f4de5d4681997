package vn.lienthong.orchestrator.domain.dossier;

import java.time.LocalDate;

/** What an agency returned when it completed a step. */
public sealed interface StepResult {

    Step step();

    /**
     * The child's number. One the population database assigned is verified by that fact; one an
     * officer obtained from the commune police is checked against the database afterwards.
     */
    record IdNumberAssigned(String personalIdNumber, Source source, Verification verification,
                            String verificationNote) implements StepResult {

        public enum Source {
            POPULATION_DATABASE,
            MANUAL
        }

        public enum Verification {
            VERIFIED,
            PENDING,
            MISMATCH
        }

        public static IdNumberAssigned fromPopulationDatabase(String personalIdNumber) {
            return new IdNumberAssigned(personalIdNumber, Source.POPULATION_DATABASE, Verification.VERIFIED, null);
        }

        public static IdNumberAssigned manual(String personalIdNumber) {
            return new IdNumberAssigned(personalIdNumber, Source.MANUAL, Verification.PENDING, null);
        }

        IdNumberAssigned verified(boolean matches, String note) {
            return new IdNumberAssigned(personalIdNumber, source, matches ? Verification.VERIFIED : Verification.MISMATCH,
                    note);
        }

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
