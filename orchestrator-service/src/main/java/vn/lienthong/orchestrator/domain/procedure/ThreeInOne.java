package vn.lienthong.orchestrator.domain.procedure;

import static vn.lienthong.orchestrator.domain.procedure.FormSection.ofTheDossier;
import static vn.lienthong.orchestrator.domain.procedure.FormSection.usedBy;

import java.util.List;
import java.util.Optional;

import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.DossierRules;

/**
 * The 3-in-1 procedure for a child under 6 (Decree 63/2024/NĐ-CP; CV 2084/VPCP-KSTT):
 * <ol>
 *   <li>the population database gives the child a personal ID number (a scheduled HTTP call, after
 *       the parents are checked against the same database);</li>
 *   <li>the commune registers the birth and issues the electronic birth certificate — for a birth
 *       outside a health facility only after an officer has seen the original written statement;</li>
 *   <li>permanent residence (police) and the health-insurance card (social insurance), in parallel,
 *       both using the ID number and the birth record;</li>
 *   <li>done: the results go back to the applicant.</li>
 * </ol>
 * An agency's refusal does not end the dossier: the step waits for a supplement and starts again
 * from there ({@link StepOutcomes}).
 */
public final class ThreeInOne {

    public static final String CODE = "THREE_IN_ONE";

    /** Step 2's precondition: a birth outside a health facility needs the original statement seen by an officer. */
    static final Precondition ORIGINAL_BIRTH_STATEMENT_SEEN = (dossier, step) -> {
        if (dossier.form(DossierForm.class).child().bornInHealthFacility() || dossier.originalBirthStatementSeen()) {
            return Optional.empty();
        }
        return Optional.of(new RequiredAction(RequiredAction.Kind.OFFICER, step, List.of(new Reason(
                "ORIGINAL_BIRTH_STATEMENT_REQUIRED", "child.placeOfBirth.facilityName",
                "Trẻ sinh ngoài cơ sở y tế: công chức cần xem bản chính văn bản xác nhận việc sinh.",
                "Born outside a health facility: an officer must see the original written statement of the birth.")),
                null));
    };

    public static final Procedure PROCEDURE = Procedure.named(CODE,
                    "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
                    "Birth registration, permanent residence and health-insurance card for a child under 6",
                    DossierForm.class, DossierRules::check)
            .then(new StepDeclaration(Step.ID_NUMBER, Agency.POPULATION_DATABASE, Delivery.SCHEDULED_CALL,
                    "POST /api/v1/id-numbers", "idNumber", StepResult.IdNumberAssigned.class, List.of()))
            .then(new StepDeclaration(Step.BIRTH_REGISTRATION, Agency.CIVIL_REGISTRY, Delivery.COMMAND,
                    "RegisterBirth", "birthRegistration", StepResult.BirthRegistered.class,
                    List.of(ORIGINAL_BIRTH_STATEMENT_SEEN)))
            .then(new StepDeclaration(Step.RESIDENCE, Agency.RESIDENCE, Delivery.COMMAND,
                            "RegisterPermanentResidence", "residence", StepResult.ResidenceRegistered.class, List.of()),
                    new StepDeclaration(Step.HEALTH_INSURANCE, Agency.HEALTH_INSURANCE, Delivery.COMMAND,
                            "IssueHealthInsuranceCard", "healthInsuranceCard", StepResult.HealthInsuranceCardIssued.class,
                            List.of()))
            .sections(
                    ofTheDossier("portalDossierCode", DossierForm.class, DossierForm::portalDossierCode),
                    ofTheDossier("submittedAt", DossierForm.class, DossierForm::submittedAt),
                    ofTheDossier("channel", DossierForm.class, DossierForm::channel),
                    usedBy("registrationCommuneCode", DossierForm.class, DossierForm::registrationCommuneCode, Step.ID_NUMBER,
                            Step.BIRTH_REGISTRATION),
                    usedBy("child", DossierForm.class, DossierForm::child, Step.ID_NUMBER, Step.BIRTH_REGISTRATION),
                    usedBy("mother", DossierForm.class, DossierForm::mother, Step.ID_NUMBER, Step.BIRTH_REGISTRATION),
                    usedBy("father", DossierForm.class, DossierForm::father, Step.ID_NUMBER, Step.BIRTH_REGISTRATION),
                    usedBy("declarant", DossierForm.class, DossierForm::declarant, Step.BIRTH_REGISTRATION),
                    usedBy("residence", DossierForm.class, DossierForm::residence, Step.RESIDENCE),
                    usedBy("healthInsurance", DossierForm.class, DossierForm::healthInsurance, Step.HEALTH_INSURANCE));

    private ThreeInOne() {
    }
}
