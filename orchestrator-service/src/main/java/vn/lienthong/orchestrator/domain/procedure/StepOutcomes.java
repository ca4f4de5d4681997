package vn.lienthong.orchestrator.domain.procedure;

import java.time.LocalDate;
import java.util.List;

import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * What a step's failure asks, and of whom, in any procedure: an agency's refusal asks the applicant
 * for a supplement (or ops, when the agency could not process the request at all); a request that
 * could not be sent or was dead-lettered is for ops. It never ends the dossier.
 */
public final class StepOutcomes {

    private StepOutcomes() {
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
