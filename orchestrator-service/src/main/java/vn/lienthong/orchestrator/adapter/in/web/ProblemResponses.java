package vn.lienthong.orchestrator.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.DatabindException;
import vn.lienthong.orchestrator.application.port.in.ConflictingResubmissionException;
import vn.lienthong.orchestrator.application.port.in.DossierNotFoundException;
import vn.lienthong.orchestrator.application.port.in.InvalidDossierException;
import vn.lienthong.orchestrator.domain.dossier.DossierStateException;
import vn.lienthong.orchestrator.domain.dossier.InvalidManualNumberException;
import vn.lienthong.orchestrator.domain.dossier.SupplementConflictException;
import vn.lienthong.orchestrator.domain.form.FieldProblem;

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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = fieldOf(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-request",
                "Không đọc được yêu cầu / Unreadable request",
                field == null
                        ? "Nội dung không phải JSON hợp lệ. / The body is not valid JSON."
                        : "Giá trị của " + field + " không hợp lệ. / The value of " + field + " is not valid.");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "code", "INVALID_VALUE",
                    "message", "Giá trị không hợp lệ.", "messageEn", "Invalid value.")));
        }
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "Yêu cầu không hợp lệ / Invalid request", e.messageVi() + " / " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "code", "INVALID_VALUE",
                "message", e.messageVi(), "messageEn", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(ConflictingResubmissionException.class)
    ProblemDetail conflictingResubmission(ConflictingResubmissionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflicting-resubmission",
                "Mã hồ sơ đã được dùng / Portal dossier code already used",
                "Mã hồ sơ này đã được gửi với nội dung khác. / This portal dossier code was already sent with different content.");
        problem.setProperty("dossierId", e.existing().value());
        problem.setProperty("errors", List.of(Map.of("field", "portalDossierCode", "code", "ALREADY_USED",
                "message", "Mã hồ sơ đã được dùng cho hồ sơ khác.", "messageEn", "Already used for other content.")));
        return problem;
    }

    @ExceptionHandler(SupplementConflictException.class)
    ProblemDetail supplementConflict(SupplementConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.code().toLowerCase().replace('_', '-'),
                "Không thể bổ sung phần này / Cannot change this part", e.messageVi() + " / " + e.getMessage());
        problem.setProperty("errors", e.fields().stream()
                .map(field -> Map.of("field", field, "code", e.code(), "message", e.messageVi(), "messageEn", e.getMessage()))
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
        problem.setProperty("errors", List.of(Map.of("field", "personalIdNumber", "code", "ID_NUMBER_DISAGREES",
                "message", e.messageVi(), "messageEn", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(DossierNotFoundException.class)
    ProblemDetail notFound(DossierNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "dossier-not-found", "Không tìm thấy hồ sơ / Dossier not found",
                "Không có hồ sơ với mã này. / No dossier has this id.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lienthong:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    private static Map<String, String> error(FieldProblem problem) {
        return Map.of("field", problem.field(), "code", problem.code(), "message", problem.messageVi(),
                "messageEn", problem.messageEn());
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code child.sex}. */
    private static String fieldOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                return databind.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null
                                ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
            }
        }
        return null;
    }
}
