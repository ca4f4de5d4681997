package vn.lienthong.orchestrator.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.lienthong.orchestrator.domain.death.DeathResults;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/**
 * A dossier as a commune officer or the portal sees it. Where the population database differs from
 * the dossier, the reasons name the field for everyone; the declared and the registered values are
 * there only for the dossier's commune staff, ops and administrators.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierResponse(
        UUID dossierId,
        /** The procedure the dossier follows: THREE_IN_ONE or DEATH. */
        String procedure,
        String portalDossierCode,
        String status,
        String registrationCommuneCode,
        String channel,
        OffsetDateTime submittedAt,
        Instant receivedAt,
        Deadline deadline,
        List<RequiredActionView> requiredActions,
        List<ReasonView> flags,
        ReasonView refusal,
        List<StepView> steps,
        Results results,
        List<HistoryView> history) {

    /** The statutory time limit, in working days from receipt. */
    public record Deadline(int workingDays, LocalDate dueDate, boolean overdue) {
    }

    public record RequiredActionView(String kind, String step, String messageVi, String messageEn, LocalDate dueDate,
                                     List<ReasonView> reasons) {
    }

    /** {@code declaredValue} and {@code registeredValue}: only for the commune's staff, and only where they differ. */
    public record ReasonView(String code, String field, String messageVi, String messageEn,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String declaredValue,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String registeredValue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(String step, String status, int attempts, UUID commandId, ReasonView lastError, Instant startedAt,
                           Instant completedAt, Instant nextAttemptAt) {
    }

    /**
     * The results keyed by the step that produced them (the key each procedure's declaration names):
     * the 3-in-1 procedure's first, then the death group's. A step without a result is absent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Results(String personalIdNumber, IdNumber idNumber,
                          StepResult.BirthRegistered birthRegistration,
                          StepResult.ResidenceRegistered residence,
                          StepResult.HealthInsuranceCardIssued healthInsuranceCard,
                          DeathResults.DeceasedChecked deceasedCheck,
                          DeathResults.DeathRegistered deathRegistration,
                          DeathResults.ResidenceRemoved residenceRemoval,
                          DeathResults.FuneralAllowanceDecided funeralAllowance,
                          DeathResults.DeathRecorded deathRecord) {
    }

    /** The child's number, where it came from and whether it was verified; the differences are under {@code flags}. */
    public record IdNumber(String personalIdNumber, String source, String verification, String verificationNote) {
    }

    public record HistoryView(Instant at, String event, String step, String messageVi, String messageEn) {
    }
}
