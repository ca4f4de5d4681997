package vn.lienthong.orchestrator.adapter.in.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.lienthong.orchestrator.application.port.in.FindDossiersUseCase.DossierDetails;
import vn.lienthong.orchestrator.domain.death.DeathResults;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.dossier.StepState;

/** Builds the response views from the dossier. */
final class DossierResponses {

    private DossierResponses() {
    }

    /** {@code details.registeredValuesVisible()} decides whether reasons carry the population database's values. */
    static DossierResponse of(DossierDetails details, int statutoryWorkingDays, LocalDate today) {
        Dossier dossier = details.dossier();
        var form = dossier.form();
        var results = dossier.results();
        var reasons = new Reasons(details.registeredValuesVisible());
        return new DossierResponse(
                dossier.id().value(),
                dossier.procedure().code(),
                form.portalDossierCode(),
                dossier.status().name(),
                form.registrationCommuneCode(),
                form.channel().name(),
                form.submittedAt(),
                dossier.receivedAt(),
                new DossierResponse.Deadline(statutoryWorkingDays, dossier.statutoryDueDate(),
                        !dossier.status().isFinal() && today.isAfter(dossier.statutoryDueDate())),
                dossier.requiredActions().stream().map(reasons::action).toList(),
                flags(dossier, reasons),
                dossier.refusal().map(reasons::view).orElse(null),
                dossier.steps().stream().map(reasons::step).toList(),
                new DossierResponse.Results(results.personalIdNumber(),
                        idNumber(results.of(Step.ID_NUMBER, StepResult.IdNumberAssigned.class)),
                        results.of(Step.BIRTH_REGISTRATION, StepResult.BirthRegistered.class),
                        results.of(Step.RESIDENCE, StepResult.ResidenceRegistered.class),
                        results.of(Step.HEALTH_INSURANCE, StepResult.HealthInsuranceCardIssued.class),
                        results.of(Step.DECEASED_CHECK, DeathResults.DeceasedChecked.class),
                        results.of(Step.DEATH_REGISTRATION, DeathResults.DeathRegistered.class),
                        results.of(Step.RESIDENCE_REMOVAL, DeathResults.ResidenceRemoved.class),
                        results.of(Step.FUNERAL_ALLOWANCE, DeathResults.FuneralAllowanceDecided.class),
                        results.of(Step.DEATH_RECORD, DeathResults.DeathRecorded.class)),
                details.history().stream()
                        .map(h -> new DossierResponse.HistoryView(h.at(), h.event(),
                                h.step() == null ? null : h.step().name(), h.messageVi(), h.messageEn()))
                        .toList());
    }

    /**
     * What an officer should look at although nothing waits for it, e.g. a manual number that did
     * not verify: the flag, then each field that differs.
     */
    private static List<DossierResponse.ReasonView> flags(Dossier dossier, Reasons reasons) {
        var idNumber = dossier.results().of(Step.ID_NUMBER, StepResult.IdNumberAssigned.class);
        if (idNumber != null && idNumber.verification() == StepResult.IdNumberAssigned.Verification.MISMATCH) {
            List<DossierResponse.ReasonView> flags = new ArrayList<>();
            flags.add(new DossierResponse.ReasonView("ID_NUMBER_MISMATCH", "results.personalIdNumber",
                    "Số định danh nhập thủ công không khớp CSDL quốc gia về dân cư; cần kiểm tra lại.",
                    "The manually recorded number does not match the population database: "
                            + idNumber.verificationNote(), null, null));
            idNumber.verificationDifferences().forEach(difference -> flags.add(reasons.view(difference)));
            return flags;
        }
        return deathFlags(dossier);
    }

    /**
     * A death's results an officer or the family must act on although the dossier is done: a
     * household left without its head, a funeral allowance refused (with social insurance's reason).
     */
    private static List<DossierResponse.ReasonView> deathFlags(Dossier dossier) {
        List<DossierResponse.ReasonView> flags = new ArrayList<>();
        var removal = dossier.results().of(Step.RESIDENCE_REMOVAL, DeathResults.ResidenceRemoved.class);
        if (removal != null && removal.householdNeedsNewHead()) {
            flags.add(new DossierResponse.ReasonView("HOUSEHOLD_NEEDS_NEW_HEAD", "results.residenceRemoval",
                    "Người chết là chủ hộ " + removal.householdNumber() + ": các thành viên còn lại cần chọn chủ hộ mới "
                            + "và đăng ký thay đổi (Luật Cư trú 2020, Điều 26).",
                    "The deceased headed household " + removal.householdNumber() + ": the remaining members must "
                            + "choose a new head and register the change (Residence Law 2020, Art. 26).", null, null));
        }
        var allowance = dossier.results().of(Step.FUNERAL_ALLOWANCE, DeathResults.FuneralAllowanceDecided.class);
        if (allowance != null && allowance.decision() == DeathResults.FuneralAllowanceDecided.Decision.REFUSED) {
            flags.add(new DossierResponse.ReasonView("FUNERAL_ALLOWANCE_REFUSED",
                    "results.funeralAllowance", allowance.messageVi(), allowance.messageEn(), null, null));
        }
        return flags;
    }

    private static DossierResponse.IdNumber idNumber(StepResult.IdNumberAssigned idNumber) {
        return idNumber == null ? null : new DossierResponse.IdNumber(idNumber.personalIdNumber(),
                idNumber.source().name(), idNumber.verification().name(), idNumber.verificationNote());
    }

    /** Reasons as this caller may read them: with the registered values, or without. */
    private record Reasons(boolean registeredValuesVisible) {

        DossierResponse.RequiredActionView action(RequiredAction action) {
            return new DossierResponse.RequiredActionView(action.kind().name(), action.step().name(),
                    action.messageVi(), action.messageEn(), action.dueDate(), action.reasons().stream().map(this::view)
                    .toList());
        }

        DossierResponse.StepView step(StepState step) {
            return new DossierResponse.StepView(step.step().name(), step.status().name(), step.attempts(),
                    step.commandId(), step.lastError() == null ? null : view(step.lastError()), step.startedAt(),
                    step.completedAt(), step.nextAttemptAt());
        }

        DossierResponse.ReasonView view(Reason reason) {
            Reason shown = registeredValuesVisible ? reason : reason.withoutValues();
            return new DossierResponse.ReasonView(shown.code(), shown.field(), shown.messageVi(), shown.messageEn(),
                    shown.declaredValue(), shown.registeredValue());
        }
    }
}
