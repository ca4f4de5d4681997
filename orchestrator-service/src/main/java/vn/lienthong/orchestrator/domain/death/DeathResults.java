package vn.lienthong.orchestrator.domain.death;

import java.time.Instant;
import java.time.LocalDate;

import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/** What each step of the death procedure produces, as the dossier holds and shows it. */
public final class DeathResults {

    private DeathResults() {
    }

    /** The population database knows the deceased as declared (or an officer confirmed the differences). */
    public record DeceasedChecked(String personalIdNumber, boolean confirmedByOfficer) implements StepResult {
        @Override
        public Step step() {
            return Step.DECEASED_CHECK;
        }
    }

    /** The death register's entry and the electronic death extract (trích lục khai tử). */
    public record DeathRegistered(String registerVolume, int entryNumber, String deathExtractNumber,
                                  LocalDate registeredOn, boolean lateRegistration) implements StepResult {
        @Override
        public Step step() {
            return Step.DEATH_REGISTRATION;
        }
    }

    /**
     * The permanent residence registration is removed ({@code REMOVED}), or there was none to remove
     * ({@code NO_PERMANENT_RESIDENCE}, with the residence database's message). A household whose head
     * died and where members remain needs a new head: {@code householdNeedsNewHead}.
     */
    public record ResidenceRemoved(Outcome outcome, String householdNumber, String communeCode,
                                   String registeredAddress, boolean deceasedWasHead, boolean householdNeedsNewHead,
                                   int remainingMembers, LocalDate decidedOn, String messageVi, String messageEn)
            implements StepResult {

        public enum Outcome {
            REMOVED,
            NO_PERMANENT_RESIDENCE
        }

        @Override
        public Step step() {
            return Step.RESIDENCE_REMOVAL;
        }
    }

    /**
     * Social insurance's decision: {@code GRANTED} with the amount (a multiple of the reference
     * level in force in the month of death), or {@code REFUSED} with its reason ({@code refusalCode},
     * the messages, the legal basis). A refusal is a decision that ends this step, not the dossier.
     */
    public record FuneralAllowanceDecided(Decision decision, Long amountVnd, Long referenceLevelVnd,
                                          LocalDate referenceLevelEffectiveFrom, Integer multiple, String qualification,
                                          String refusalCode, String otherScheme, String messageVi, String messageEn,
                                          String legalBasis, String paymentMethod, LocalDate decidedOn,
                                          boolean lateClaim, boolean survivorsBenefitsMayBeClaimed)
            implements StepResult {

        public enum Decision {
            GRANTED,
            REFUSED
        }

        @Override
        public Step step() {
            return Step.FUNERAL_ALLOWANCE;
        }
    }

    /** The population database marks the person deceased; {@code newlyRecorded} is false for a repeat. */
    public record DeathRecorded(String deathExtractNumber, LocalDate dateOfDeath, boolean newlyRecorded,
                                Instant recordedAt) implements StepResult {
        @Override
        public Step step() {
            return Step.DEATH_RECORD;
        }
    }
}
