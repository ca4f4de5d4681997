package vn.lienthong.orchestrator.adapter.in.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.lienthong.orchestrator.application.IntakeBacklog;
import vn.lienthong.orchestrator.application.port.in.ConflictingResubmissionException;
import vn.lienthong.orchestrator.application.port.in.DossierNotFoundException;
import vn.lienthong.orchestrator.application.port.in.InvalidDossierException;
import vn.lienthong.orchestrator.domain.dossier.DossierStateException;
import vn.lienthong.orchestrator.domain.dossier.InvalidManualNumberException;
import vn.lienthong.orchestrator.domain.dossier.SupplementConflictException;
import vn.lienthong.orchestrator.domain.form.FieldProblem;
import vn.lienthong.web.FieldError;

/**
 * Every error as an RFC 9457 problem, Vietnamese first then English, with an {@code errors} list
 * naming each field at fault so the portal can point the applicant at it.
 */
@RestControllerAdvice
public class ProblemResponses {

    @ExceptionHandler(InvalidDossierException.class)
    ProblemDetail invalidDossier(InvalidDossierException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-dossier",
                "Hồ sơ chưa hợp lệ / Invalid dossier",
                "Hồ sơ có " + e.problems().size() + " thông tin cần sửa. / The dossier has "
                        + e.problems().size() + " field(s) to correct.");
        problem.setProperty("errors", e.problems().stream().map(ProblemResponses::error).toList());
        return problem;
    }

    @ExceptionHandler(ConflictingResubmissionException.class)
    ProblemDetail conflictingResubmission(ConflictingResubmissionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflicting-resubmission",
                "Mã hồ sơ đã được dùng / Portal dossier code already used",
                "Mã hồ sơ này đã được gửi với nội dung khác. / This portal dossier code was already sent with different content.");
        if (e.existing() != null) {
            problem.setProperty("dossierId", e.existing().value());
        }
        problem.setProperty("errors", List.of(new FieldError("portalDossierCode", "ALREADY_USED",
                "Mã hồ sơ đã được dùng cho hồ sơ khác.", "Already used for other content.")));
        return problem;
    }

    @ExceptionHandler(SupplementConflictException.class)
    ProblemDetail supplementConflict(SupplementConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.code().toLowerCase().replace('_', '-'),
                "Không thể bổ sung phần này / Cannot change this part", e.messageVi() + " / " + e.getMessage());
        problem.setProperty("errors", e.fields().stream()
                .map(field -> new FieldError(field, e.code(), e.messageVi(), e.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(DossierStateException.class)
    ProblemDetail wrongState(DossierStateException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.code().toLowerCase().replace('_', '-'),
                "Hồ sơ không ở trạng thái phù hợp / Not allowed in the dossier's state",
                e.messageVi() + " / " + e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(InvalidManualNumberException.class)
    ProblemDetail invalidManualNumber(InvalidManualNumberException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-manual-id-number",
                "Số định danh không hợp lệ / Invalid personal ID number", e.messageVi() + " / " + e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("personalIdNumber", "ID_NUMBER_DISAGREES", e.messageVi(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(DossierNotFoundException.class)
    ProblemDetail notFound(DossierNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "dossier-not-found", "Không tìm thấy hồ sơ / Dossier not found",
                "Không có hồ sơ với mã này. / No dossier has this id.");
    }

    /**
     * A client over its intake rate limit: 429, with {@code Retry-After} in seconds and the limit in
     * the body. The dossier was not received; the same submission may be sent again later.
     */
    @ExceptionHandler(IntakeRateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(IntakeRateLimitedException e) {
        var refusal = e.refusal();
        var limit = refusal.limit();
        String period = period(limit.limitRefreshPeriod());
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "intake-rate-limited",
                "Gửi quá nhiều hồ sơ / Too many dossiers",
                "Ứng dụng đã gửi quá " + limit.limitForPeriod() + " hồ sơ trong " + period
                        + "; hồ sơ này chưa được tiếp nhận, hãy gửi lại sau " + refusal.retryAfterSeconds()
                        + " giây. / The client sent more than " + limit.limitForPeriod() + " dossiers in " + period
                        + "; this dossier was not received, send it again in " + refusal.retryAfterSeconds() + " s.");
        problem.setProperty("code", "RATE_LIMITED");
        problem.setProperty("limitForPeriod", limit.limitForPeriod());
        problem.setProperty("limitRefreshPeriod", limit.limitRefreshPeriod().toString());
        problem.setProperty("retryAfterSeconds", refusal.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The system's backlog of dossiers in flight is at its bound: 429, with {@code Retry-After} in
     * seconds, as for a client's own rate limit, and told apart from it by the problem's code
     * ({@code BACKLOG_FULL}); it concerns every client alike. The dossier was not received and may
     * be sent again as it is later. Not 503, after which Tomcat closes the connection.
     */
    @ExceptionHandler(IntakeBacklogFullException.class)
    ResponseEntity<ProblemDetail> backlogFull(IntakeBacklogFullException e) {
        long retryAfter = e.retryAfterSeconds();
        ProblemDetail problem = backlogFull(e.refusal(), retryAfter);
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The refusal at the backlog's bound, status included, the same whether
     * {@link IntakeBacklogGate} gives it before the token check or {@link IntakeBacklogInterceptor}
     * after it.
     */
    static ProblemDetail backlogFull(IntakeBacklog.Admission refusal, long retryAfter) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "intake-backlog-full",
                "Hệ thống đang quá tải / The system is at capacity",
                "Hệ thống đang xử lý " + refusal.backlog() + " hồ sơ, mức tối đa là " + refusal.bound()
                        + "; hồ sơ này chưa được tiếp nhận, hãy gửi lại nguyên vẹn sau " + retryAfter
                        + " giây. / The system is working on " + refusal.backlog() + " dossiers, its bound is "
                        + refusal.bound() + "; this dossier was not received, send it again as it is in "
                        + retryAfter + " s.");
        problem.setProperty("code", "BACKLOG_FULL");
        problem.setProperty("backlog", refusal.backlog());
        problem.setProperty("bound", refusal.bound());
        problem.setProperty("retryAfterSeconds", retryAfter);
        return problem;
    }

    /** {@code 1 s}, {@code 500 ms}: a period as people read it. */
    private static String period(Duration period) {
        long millis = period.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** A problem whose title and detail are each already written "Vietnamese / English". */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lienthong:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    private static FieldError error(FieldProblem problem) {
        return new FieldError(problem.field(), problem.code(), problem.messageVi(), problem.messageEn());
    }

}
