package vn.lienthong.orchestrator.domain.saga;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/**
 * The order of work (Decree 63/2024/NĐ-CP; CV 2084/VPCP-KSTT):
 * <ol>
 *   <li>the population database gives the child a personal ID number;</li>
 *   <li>the commune registers the birth and issues the electronic birth certificate — for a birth
 *       outside a health facility only after an officer has seen the original written statement;</li>
 *   <li>permanent residence (police) and the health-insurance card (social insurance), in parallel,
 *       both using the ID number and the birth record;</li>
 *   <li>done: the results go back to the applicant.</li>
 * </ol>
 * An agency's refusal does not end the dossier: the step waits for a supplement and starts again
 * from there. See {@code DossierSaga} in the application layer for the replies of each agency.
 */
public final class ThreeInOneSaga {

    /** Stages run one after the other; the steps within a stage run in parallel. */
    public static final List<List<Step>> PROCEDURE = List.of(
            List.of(Step.ID_NUMBER),
            List.of(Step.BIRTH_REGISTRATION),
            List.of(Step.RESIDENCE, Step.HEALTH_INSURANCE));

    private ThreeInOneSaga() {
    }

    /** The steps that should start now: those not started in the first stage not yet complete. */
    public static List<Step> stepsToStart(Dossier dossier) {
        if (dossier.status().isFinal()) {
            return List.of();
        }
        for (List<Step> stage : PROCEDURE) {
            boolean complete = stage.stream().allMatch(s -> dossier.step(s).status() == StepStatus.COMPLETED);
            if (!complete) {
                return stage.stream().filter(s -> dossier.step(s).status() == StepStatus.NOT_STARTED).toList();
            }
        }
        return List.of();
    }

    /** What a person must do before {@code step} may start, if anything. */
    public static Optional<RequiredAction> precondition(Dossier dossier, Step step) {
        if (step == Step.BIRTH_REGISTRATION
                && !dossier.form().child().bornInHealthFacility()
                && !dossier.originalBirthStatementSeen()) {
            return Optional.of(new RequiredAction(RequiredAction.Kind.OFFICER, step, List.of(new Reason(
                    "ORIGINAL_BIRTH_STATEMENT_REQUIRED", "child.placeOfBirth.facilityName",
                    "Trẻ sinh ngoài cơ sở y tế: công chức cần xem bản chính văn bản xác nhận việc sinh.",
                    "Born outside a health facility: an officer must see the original written statement of the birth.")),
                    null));
        }
        return Optional.empty();
    }

    /** The code of an agency's rejection that says it could not process the request at all. */
    public static final String CANNOT_PROCESS = "CANNOT_PROCESS";
    /** The step's request could never be sent: the outbox parked it. */
    public static final String COMMAND_NOT_DELIVERABLE = "COMMAND_NOT_DELIVERABLE";
    /** The agency could not read or process the step's request and dead-lettered it. */
    public static final String COMMAND_DEAD_LETTERED = "COMMAND_DEAD_LETTERED";

    /** What an agency's refusal of {@code step} asks of the applicant, and by when. */
    public static RequiredAction supplementFor(Step step, List<Reason> reasons, LocalDate dueDate) {
        return new RequiredAction(RequiredAction.Kind.SUPPLEMENT, step, reasons, dueDate);
    }

    /**
     * What an agency's refusal of {@code step} asks, and of whom. An agency that could not process
     * the request ({@link #CANNOT_PROCESS}: its database refused the data, its rules a value) hands
     * it to ops, who fix the cause and replay the step; the applicant is not asked, and the
     * dossier is never refused for it. Any other refusal asks the applicant for a supplement.
     */
    public static RequiredAction refusalOf(Step step, List<Reason> reasons, LocalDate supplementDueDate) {
        if (reasons.stream().anyMatch(reason -> CANNOT_PROCESS.equals(reason.code()))) {
            return new RequiredAction(RequiredAction.Kind.OPS, step, reasons, null);
        }
        return supplementFor(step, reasons, supplementDueDate);
    }

    /** The step's request can never be sent as it is: ops fix the cause, then replay or redrive it. */
    public static RequiredAction notDeliverable(Step step, String detail) {
        return new RequiredAction(RequiredAction.Kind.OPS, step, List.of(new Reason(COMMAND_NOT_DELIVERABLE, null,
                "Không gửi được yêu cầu tới cơ quan (" + detail + "); bộ phận vận hành cần khắc phục rồi gửi lại "
                        + "thông điệp hoặc chạy lại bước. Người nộp không cần làm gì.",
                "The request could not be sent to the agency (" + detail + "); ops must fix the cause, then "
                        + "redrive the parked message or replay the step. Nothing is asked of the applicant.")),
                null);
    }

    /** The agency could not process the step's request: ops redrive the dead letter after a fix, or replay. */
    public static RequiredAction deadLettered(Step step, String where) {
        return new RequiredAction(RequiredAction.Kind.OPS, step, List.of(new Reason(COMMAND_DEAD_LETTERED, null,
                "Cơ quan không xử lý được yêu cầu (thư lỗi " + where + "); bộ phận vận hành có thể gửi lại thư lỗi "
                        + "sau khi khắc phục, hoặc chạy lại bước. Người nộp không cần làm gì.",
                "The agency could not process the request (dead letter " + where + "); ops may redrive the dead "
                        + "letter after a fix, or replay the step. Nothing is asked of the applicant.")),
                null);
    }
}
