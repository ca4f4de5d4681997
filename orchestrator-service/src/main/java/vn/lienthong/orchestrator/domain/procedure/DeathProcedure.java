package vn.lienthong.orchestrator.domain.procedure;

import static vn.lienthong.orchestrator.domain.procedure.FormSection.ofTheDossier;
import static vn.lienthong.orchestrator.domain.procedure.FormSection.usedBy;

import java.util.List;

import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.death.DeathResults;
import vn.lienthong.orchestrator.domain.death.DeathRules;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The death group (Decree 63/2024/NĐ-CP: đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng
 * và tử tuất; see docs/agencies.md):
 * <ol>
 *   <li>the deceased is checked against the population database (a scheduled HTTP call): found,
 *       not already recorded dead, the name and date of birth as declared — differences go to an
 *       officer's review;</li>
 *   <li>the commune registers the death and issues the electronic death extract (civil registry);</li>
 *   <li>in parallel, on the strength of the extract: the permanent residence registration is removed
 *       (police; a person with none completes the step, a household left without its head is said on
 *       the dossier), social insurance decides the funeral allowance when the dossier asks for it (a
 *       reasoned refusal ends that step with its decision, not the dossier), and the population database records the death (a
 *       scheduled HTTP call, idempotent by request id, retried on the durable schedule);</li>
 *   <li>done: the results go back to the applicant.</li>
 * </ol>
 */
public final class DeathProcedure {

    public static final String CODE = "DEATH";

    public static final Procedure PROCEDURE = Procedure.named(CODE,
                    "Liên thông đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng",
                    "Death registration, removal of permanent residence and funeral allowance", DeathForm.class,
                    DeathRules::check)
            .then(new StepDeclaration(Step.DECEASED_CHECK, Agency.POPULATION_DATABASE, Delivery.SCHEDULED_CALL,
                    "GET /api/v1/citizens/{personalIdNumber}", "deceasedCheck", DeathResults.DeceasedChecked.class,
                    List.of()))
            .then(new StepDeclaration(Step.DEATH_REGISTRATION, Agency.CIVIL_REGISTRY, Delivery.COMMAND,
                    "RegisterDeath", "deathRegistration", DeathResults.DeathRegistered.class, List.of()))
            .then(new StepDeclaration(Step.RESIDENCE_REMOVAL, Agency.RESIDENCE, Delivery.COMMAND,
                            "RemovePermanentResidence", "residenceRemoval", DeathResults.ResidenceRemoved.class, List.of()),
                    new StepDeclaration(Step.FUNERAL_ALLOWANCE, Agency.HEALTH_INSURANCE, Delivery.COMMAND,
                            "AssessFuneralAllowance", "funeralAllowance", DeathResults.FuneralAllowanceDecided.class,
                            List.of(), form -> ((DeathForm) form).socialInsurance() != null),
                    new StepDeclaration(Step.DEATH_RECORD, Agency.POPULATION_DATABASE, Delivery.SCHEDULED_CALL,
                            "POST /api/v1/deaths", "deathRecord", DeathResults.DeathRecorded.class, List.of()))
            .sections(
                    ofTheDossier("portalDossierCode", DeathForm.class, DeathForm::portalDossierCode),
                    ofTheDossier("submittedAt", DeathForm.class, DeathForm::submittedAt),
                    ofTheDossier("channel", DeathForm.class, DeathForm::channel),
                    usedBy("registrationCommuneCode", DeathForm.class, DeathForm::registrationCommuneCode,
                            Step.DEATH_REGISTRATION),
                    usedBy("deceased", DeathForm.class, DeathForm::deceased, Step.DECEASED_CHECK, Step.DEATH_REGISTRATION),
                    usedBy("death", DeathForm.class, DeathForm::death, Step.DEATH_REGISTRATION),
                    usedBy("declarant", DeathForm.class, DeathForm::declarant, Step.DEATH_REGISTRATION),
                    usedBy("socialInsurance", DeathForm.class, DeathForm::socialInsurance, Step.FUNERAL_ALLOWANCE));

    private DeathProcedure() {
    }
}
