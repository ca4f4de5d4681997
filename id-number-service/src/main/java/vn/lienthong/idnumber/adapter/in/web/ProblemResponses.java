package vn.lienthong.idnumber.adapter.in.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.exc.InvalidFormatException;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.contracts.idnumber.RegisteredParent;
import vn.lienthong.idnumber.adapter.in.web.faults.InvalidFaultProfileException;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.web.FieldError;
import vn.lienthong.web.ProblemDetailsAdvice;
import vn.lienthong.web.Problems;

/**
 * This service's own problems, RFC 9457, Vietnamese first then English, in the shared shape:
 * each field at fault under {@code errors} with {@code field}, {@code code}, {@code message}
 * (Vietnamese) and {@code messageEn}. Framework errors are answered by the shared
 * {@link ProblemDetailsAdvice}.
 */
@RestControllerAdvice
public class ProblemResponses {

    @ExceptionHandler(RequestRefusedException.class)
    ProblemDetail refused(RequestRefusedException e) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, e.reasons());
    }

    /**
     * A value that is not one of its type's values (a sex other than MALE or FEMALE, a date that
     * does not exist) is refused like any other bad field (422); anything else that cannot be read
     * is answered as every service answers it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            return ResponseEntity.unprocessableContent()
                    .body(withErrors(HttpStatus.UNPROCESSABLE_CONTENT, List.of(UnreadableValues.refusal(path(format)))));
        }
        ProblemDetail problem = ProblemDetailsAdvice.unreadable(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(RequestIdReusedException.class)
    ProblemDetail requestIdReused(RequestIdReusedException e) {
        var reason = new Refusal("REQUEST_ID_REUSED", "requestId", e.messageVi(), e.getMessage());
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

    /**
     * A 409, as for a possible duplicate: nothing in the request is malformed, but a parent is
     * recorded otherwise than declared, and only an officer can tell which is right. Every parent
     * checked is given as recorded, so the caller can name each field that differs.
     */
    @ExceptionHandler(ParentsDifferException.class)
    ProblemDetail parentsDiffer(ParentsDifferException e) {
        var reason = new Refusal(IdNumberApi.PARENT_DATA_DIFFERS, "parentsAsDeclared",
                "Thông tin cha, mẹ trong yêu cầu khác với CSDL quốc gia về dân cư; chưa cấp số định danh. "
                        + "Cán bộ cần đối chiếu.",
                "The parents' data in the request differs from the population database; no number was issued. "
                        + "An officer must check.");
        ProblemDetail problem = withErrors(HttpStatus.CONFLICT, List.of(reason));
        problem.setTitle("Thông tin cha mẹ khác CSDL dân cư / Parents' data differs");
        problem.setProperty("code", IdNumberApi.PARENT_DATA_DIFFERS);
        problem.setProperty("parents", e.hold().parents().stream()
                .map(parent -> new RegisteredParent(parent.role(), parent.personalIdNumber().value(),
                        parent.fullName(), parent.dateOfBirth(), parent.deceased(), parent.dateOfDeath()))
                .toList());
        return problem;
    }

    /**
     * A 409: the report is well formed, but the citizen died already, by another death extract; a
     * person dies once. The date recorded is given, so an officer can tell which record is wrong.
     */
    @ExceptionHandler(AlreadyDeceasedException.class)
    ProblemDetail alreadyDeceased(AlreadyDeceasedException e) {
        var reason = new Refusal(IdNumberApi.ALREADY_DECEASED, "personalIdNumber",
                "Công dân này đã được ghi nhận là đã chết ngày " + e.dateOfDeath()
                        + " theo một trích lục khai tử khác.",
                "This citizen is already recorded as deceased on " + e.dateOfDeath() + ", from another death extract.");
        ProblemDetail problem = withErrors(HttpStatus.CONFLICT, List.of(reason));
        problem.setTitle("Công dân đã chết / Citizen already deceased");
        problem.setProperty("code", IdNumberApi.ALREADY_DECEASED);
        problem.setProperty("dateOfDeath", e.dateOfDeath().toString());
        return problem;
    }

    @ExceptionHandler(InvalidFaultProfileException.class)
    ProblemDetail invalidFaultProfile(InvalidFaultProfileException e) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, e.reasons());
    }

    @ExceptionHandler(CitizenNotFoundException.class)
    ProblemDetail notFound(CitizenNotFoundException e) {
        return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Không có công dân với số định danh cá nhân này.", e.getMessage());
    }

    static FieldError error(Refusal reason) {
        return new FieldError(reason.field(), reason.code(), reason.messageVi(), reason.messageEn());
    }

    private static ProblemDetail withErrors(HttpStatus status, List<Refusal> reasons) {
        ProblemDetail problem = Problems.problem(status, status == HttpStatus.CONFLICT ? "conflict" : "invalid-content",
                "Dữ liệu không hợp lệ", "Invalid request",
                reasons.stream().map(Refusal::messageVi).collect(Collectors.joining(" ")),
                reasons.stream().map(Refusal::messageEn).collect(Collectors.joining(" ")));
        problem.setProperty("errors", reasons.stream().map(ProblemResponses::error).toList());
        return problem;
    }

    /** The JSON path of the value at fault, e.g. {@code sex}, or {@code requests[1].sex} in a batch. */
    private static String path(InvalidFormatException e) {
        return e.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
