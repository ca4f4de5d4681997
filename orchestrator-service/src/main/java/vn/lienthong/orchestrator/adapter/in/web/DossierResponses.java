package vn.lienthong.orchestrator.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import vn.lienthong.orchestrator.application.port.in.FindDossiersUseCase.DossierDetails;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.dossier.StepState;

/** Builds the response views from the dossier. */
final class DossierResponses {

    private DossierResponses() {
    }

    static DossierResponse of(DossierDetails details, int statutoryWorkingDays, LocalDate today) {
        Dossier dossier = details.dossier();
        var form = dossier.form();
        var results = dossier.results();
        return new DossierResponse(
                dossier.id().value(),
                form.portalDossierCode(),
                dossier.status().name(),
                form.registrationCommuneCode(),
                form.channel().name(),
                form.submittedAt(),
                dossier.receivedAt(),
                new DossierResponse.Deadline(statutoryWorkingDays, dossier.statutoryDueDate(),
                        !dossier.status().isFinal() && today.isAfter(dossier.statutoryDueDate())),
                dossier.requiredActions().stream().map(DossierResponses::action).toList(),
                flags(dossier),
                dossier.refusal().map(DossierResponses::reason).orElse(null),
                dossier.steps().stream().map(DossierResponses::step).toList(),
                new DossierResponse.Results(results.personalIdNumber(), results.idNumber(), results.birthRegistration(),
                        results.residence(),
                        results.healthInsuranceCard()),
                details.history().stream()
                        .map(h -> new DossierResponse.HistoryView(h.at(), h.event(),
                                h.step() == null ? null : h.step().name(), h.messageVi(), h.messageEn()))
                        .toList());
    }

    /** What an officer should look at although nothing waits for it, e.g. a manual number that did not verify. */
    private static List<DossierResponse.ReasonView> flags(Dossier dossier) {
        var idNumber = dossier.results().idNumber();
        if (idNumber != null && idNumber.verification() == StepResult.IdNumberAssigned.Verification.MISMATCH) {
            return List.of(new DossierResponse.ReasonView("ID_NUMBER_MISMATCH", "results.personalIdNumber",
                    "Số định danh nhập thủ công không khớp CSDL quốc gia về dân cư; cần kiểm tra lại.",
                    "The manually recorded number does not match the population database: "
                            + idNumber.verificationNote()));
        }
        return List.of();
    }

    private static DossierResponse.RequiredActionView action(RequiredAction action) {
        List<DossierResponse.ReasonView> reasons = action.reasons().stream().map(DossierResponses::reason).toList();
        return new DossierResponse.RequiredActionView(action.kind().name(), action.step().name(), action.messageVi(),
                action.messageEn(), action.dueDate(), reasons);
    }

    private static DossierResponse.StepView step(StepState step) {
        return new DossierResponse.StepView(step.step().name(), step.status().name(), step.attempts(), step.commandId(),
                step.lastError() == null ? null : reason(step.lastError()), step.startedAt(), step.completedAt(),
                step.nextAttemptAt());
    }

    private static DossierResponse.ReasonView reason(Reason reason) {
        return new DossierResponse.ReasonView(reason.code(), reason.field(), reason.messageVi(), reason.messageEn());
    }
}
