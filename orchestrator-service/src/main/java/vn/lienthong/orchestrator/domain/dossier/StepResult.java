package vn.lienthong.orchestrator.domain.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * What an agency returned when it completed a step. Each procedure declares its steps' result types
 * ({@code StepDeclaration.resultType}); the 3-in-1 procedure's are nested here.
 */
public interface StepResult {

    Step step();

    /**
     * The child's number. One the population database assigned is verified by that fact; one an
     * officer obtained from the commune police is checked against the database afterwards. A
     * mismatch is explained in {@code verificationNote}, which names the fields only, and listed
     * field by field in {@code verificationDifferences}, whose registered values are for the
     * commune's staff only.
     */
    record IdNumberAssigned(String personalIdNumber, Source source, Verification verification,
                            String verificationNote, List<Reason> verificationDifferences) implements StepResult {

        public enum Source {
            POPULATION_DATABASE,
            MANUAL
        }

        public enum Verification {
            VERIFIED,
            PENDING,
            MISMATCH
        }

        public IdNumberAssigned {
            verificationDifferences = verificationDifferences == null ? List.of() : List.copyOf(verificationDifferences);
        }

        public IdNumberAssigned(String personalIdNumber, Source source, Verification verification,
                                String verificationNote) {
            this(personalIdNumber, source, verification, verificationNote, List.of());
        }

        public static IdNumberAssigned fromPopulationDatabase(String personalIdNumber) {
            return new IdNumberAssigned(personalIdNumber, Source.POPULATION_DATABASE, Verification.VERIFIED, null);
        }

        public static IdNumberAssigned manual(String personalIdNumber) {
            return new IdNumberAssigned(personalIdNumber, Source.MANUAL, Verification.PENDING, null);
        }

        IdNumberAssigned verified(List<Reason> differences, String note) {
            return new IdNumberAssigned(personalIdNumber, source,
                    differences.isEmpty() ? Verification.VERIFIED : Verification.MISMATCH, note, differences);
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
