package vn.lienthong.orchestrator.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.lienthong.orchestrator.domain.dossier.StepResult;

/** A dossier as a commune officer or the portal sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierResponse(
        UUID dossierId,
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

    public record ReasonView(String code, String field, String messageVi, String messageEn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(String step, String status, int attempts, UUID commandId, ReasonView lastError, Instant startedAt,
                           Instant completedAt, Instant nextAttemptAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Results(String personalIdNumber, StepResult.IdNumberAssigned idNumber,
                          StepResult.BirthRegistered birthRegistration,
                          StepResult.ResidenceRegistered residence,
                          StepResult.HealthInsuranceCardIssued healthInsuranceCard) {
    }

    public record HistoryView(Instant at, String event, String step, String messageVi, String messageEn) {
    }
}
