package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.lienthong.orchestrator.adapter.in.web.ProblemResponses;
import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausedException;
import vn.lienthong.orchestrator.application.port.in.ops.AlreadyRedrivenException;
import vn.lienthong.orchestrator.application.port.in.ops.DeadLetterNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.JobNotRunningException;
import vn.lienthong.orchestrator.application.port.in.ops.OpsJobNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.ParkedMessageNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.ParkedMessageRedrivenException;
import vn.lienthong.orchestrator.application.port.in.ops.PauseConflictException;
import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;

/**
 * The ops API's own problems, RFC 9457, Vietnamese first then English. Errors the portal API
 * shares (a dossier not found, a step that cannot be replayed in its state) are answered by the
 * general {@code ProblemResponses}, and inputs at fault by the shared
 * {@code vn.lienthong.web.ProblemDetailsAdvice}.
 */
@RestControllerAdvice(basePackageClasses = OpsProblemResponses.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OpsProblemResponses {

    @ExceptionHandler(AgencyPausedException.class)
    ProblemDetail paused(AgencyPausedException e) {
        AgencyPause pause = e.pause();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "agency-paused", "Cơ quan đang tạm dừng / Agency paused",
                "Cơ quan " + pause.agency() + " đang tạm dừng bởi " + pause.pausedBy() + " từ " + pause.since() + " ("
                        + pause.reason() + "); tiếp tục cơ quan trước khi chạy lại. / " + pause.agency()
                        + " is paused by " + pause.pausedBy() + " since " + pause.since() + " (" + pause.reason()
                        + "); resume it before replaying.");
        problem.setProperty("code", "AGENCY_PAUSED");
        problem.setProperty("pause", pause(pause));
        return problem;
    }

    @ExceptionHandler(PauseConflictException.class)
    ProblemDetail pauseConflict(PauseConflictException e) {
        if (e.existing() == null) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, "agency-not-paused",
                    "Cơ quan không tạm dừng / Agency not paused",
                    "Cơ quan " + e.agency() + " không ở trạng thái tạm dừng. / " + e.getMessage());
            problem.setProperty("code", "AGENCY_NOT_PAUSED");
            return problem;
        }
        AgencyPause pause = e.existing();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "agency-already-paused",
                "Cơ quan đã tạm dừng / Agency already paused",
                "Cơ quan " + pause.agency() + " đã được " + pause.pausedBy() + " tạm dừng từ " + pause.since() + ". / "
                        + e.getMessage());
        problem.setProperty("code", "AGENCY_ALREADY_PAUSED");
        problem.setProperty("pause", pause(pause));
        return problem;
    }

    @ExceptionHandler(AlreadyRedrivenException.class)
    ProblemDetail alreadyRedriven(AlreadyRedrivenException e) {
        var earlier = e.earlier();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already-redriven", "Đã gửi lại / Already redriven",
                "Bản ghi này đã được " + earlier.operator() + " gửi lại lúc " + earlier.at() + ". / " + e.getMessage());
        problem.setProperty("code", "ALREADY_REDRIVEN");
        problem.setProperty("redrivenBy", earlier.operator());
        problem.setProperty("redrivenAt", earlier.at().toString());
        return problem;
    }

    @ExceptionHandler(ParkedMessageRedrivenException.class)
    ProblemDetail parkedMessageRedriven(ParkedMessageRedrivenException e) {
        var earlier = e.earlier();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already-redriven", "Đã gửi lại / Already redriven",
                "Tin nhắn này đã được " + earlier.redrivenBy() + " gửi lại lúc " + earlier.redrivenAt() + ". / "
                        + e.getMessage());
        problem.setProperty("code", "ALREADY_REDRIVEN");
        problem.setProperty("redrivenBy", earlier.redrivenBy());
        problem.setProperty("redrivenAt", earlier.redrivenAt().toString());
        return problem;
    }

    @ExceptionHandler(ParkedMessageNotFoundException.class)
    ProblemDetail parkedMessageNotFound(ParkedMessageNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "parked-message-not-found", "Không tìm thấy tin nhắn / Message not found",
                "Không có tin nhắn tạm giữ với mã này. / " + e.getMessage());
    }

    @ExceptionHandler(DeadLetterNotFoundException.class)
    ProblemDetail deadLetterNotFound(DeadLetterNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "dead-letter-not-found", "Không tìm thấy bản ghi / Record not found",
                "Không có bản ghi lỗi ở vị trí này. / " + e.getMessage());
    }

    @ExceptionHandler(OpsJobNotFoundException.class)
    ProblemDetail jobNotFound(OpsJobNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "job-not-found", "Không tìm thấy tác vụ / Job not found",
                "Không có tác vụ với mã này. / No job has this id.");
    }

    @ExceptionHandler(JobNotRunningException.class)
    ProblemDetail jobNotRunning(JobNotRunningException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "job-not-running", "Tác vụ đã kết thúc / Job not running",
                "Tác vụ đã kết thúc (" + e.status() + "), không còn gì để hủy. / The job has ended (" + e.status()
                        + "); there is nothing left to cancel.");
        problem.setProperty("code", "JOB_NOT_RUNNING");
        problem.setProperty("jobStatus", e.status().name());
        return problem;
    }

    private static Map<String, String> pause(AgencyPause pause) {
        return Map.of("agency", pause.agency().name(), "pausedBy", pause.pausedBy(), "pausedAt",
                pause.since().toString(), "reason", pause.reason());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return ProblemResponses.problem(status, type, title, detail);
    }
}
