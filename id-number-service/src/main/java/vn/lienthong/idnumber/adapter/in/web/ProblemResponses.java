package vn.lienthong.idnumber.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.idnumber.adapter.in.web.faults.InvalidFaultProfileException;
import vn.lienthong.idnumber.domain.Refusal;

/**
 * RFC 9457 problem details, in Vietnamese first and English. Each problem about fields lists them
 * in {@code errors}: {@code field}, {@code code}, {@code message} (Vietnamese), {@code messageEn}.
 */
@RestControllerAdvice
public class ProblemResponses {

    @ExceptionHandler(RequestRefusedException.class)
    ProblemDetail refused(RequestRefusedException e) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, e.reasons());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return withErrors(HttpStatus.BAD_REQUEST, List.of(e.reason()));
    }

    /**
     * A value of the wrong type (a sex other than MALE or FEMALE, a date that does not exist) is
     * named like any other bad field; JSON that cannot be read at all is a plain 400.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        MismatchedInputException mismatch = mismatch(e);
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, List.of(UnreadableValues.refusal(path(mismatch))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Không đọc được nội dung yêu cầu (cần JSON hợp lệ). / The request body is not readable JSON.");
        problem.setTitle("Yêu cầu không đọc được / Unreadable request");
        return problem;
    }

    @ExceptionHandler(RequestIdReusedException.class)
    ProblemDetail requestIdReused(RequestIdReusedException e) {
        var reason = new Refusal("REQUEST_ID_REUSED", "requestId",
                "Mã yêu cầu này đã được dùng cho một khai sinh khác.", e.getMessage());
        ProblemDetail problem = withErrors(HttpStatus.CONFLICT, List.of(reason));
        problem.setTitle("Xung đột / Conflict");
        return problem;
    }

    /**
     * A 409, not a 422: nothing in the request is wrong, it conflicts with a citizen already
     * recorded, and only an officer can tell whether it is the same child. The existing number is
     * masked; the matched fields are the request's field names.
     */
    @ExceptionHandler(PossibleDuplicateException.class)
    ProblemDetail possibleDuplicate(PossibleDuplicateException e) {
        var duplicate = e.duplicate();
        String masked = duplicate.existing().masked();
        var reason = new Refusal(IdNumberApi.POSSIBLE_DUPLICATE_CITIZEN, null,
                "Trẻ trùng số định danh của mẹ, họ tên, giới tính và ngày sinh với công dân đã có số định danh "
                        + masked + ": có thể trẻ đã được cấp số. Cán bộ cần kiểm tra trước khi cấp số mới.",
                "The child has the same mother, full name, sex and date of birth as the citizen numbered " + masked
                        + ", who may be the same child. An officer must check before a new number is issued.");
        ProblemDetail problem = withErrors(HttpStatus.CONFLICT, List.of(reason));
        problem.setTitle("Có thể trùng công dân đã có / Possible duplicate citizen");
        problem.setProperty("code", IdNumberApi.POSSIBLE_DUPLICATE_CITIZEN);
        problem.setProperty("existingPersonalIdNumber", masked);
        problem.setProperty("matchedFields", duplicate.matchedFields());
        return problem;
    }

    @ExceptionHandler(InvalidFaultProfileException.class)
    ProblemDetail invalidFaultProfile(InvalidFaultProfileException e) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, e.reasons());
    }

    @ExceptionHandler(CitizenNotFoundException.class)
    ProblemDetail notFound(CitizenNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Không có công dân với số định danh cá nhân này. / " + e.getMessage());
        problem.setTitle("Không tìm thấy / Not found");
        return problem;
    }

    private static ProblemDetail withErrors(HttpStatus status, List<Refusal> reasons) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                reasons.stream().map(Refusal::messageVi).collect(Collectors.joining(" "))
                        + " / " + reasons.stream().map(Refusal::messageEn).collect(Collectors.joining(" ")));
        problem.setTitle("Dữ liệu không hợp lệ / Invalid request");
        problem.setProperty("errors", reasons.stream().map(ProblemResponses::error).toList());
        return problem;
    }

    private static Map<String, String> error(Refusal reason) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", reason.field());
        error.put("code", reason.code());
        error.put("message", reason.messageVi());
        error.put("messageEn", reason.messageEn());
        return error;
    }

    private static MismatchedInputException mismatch(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return mismatch;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
