package vn.lienthong.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Answers every error the framework raises, and the shared ones, in the one problem shape: a
 * wrong method (405), media type (415, 406), a parameter of the wrong type (400, naming it), an
 * unreadable or oversized body (400, 413), JSON text with a forbidden character (422, naming the
 * field). It comes after each service's own advice. No answer and no log line repeats a value the
 * request sent: it may be personal data.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e) {
        return ResponseEntity.status(e.status()).body(Problems.invalid(e.status(), e.errors()));
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestBodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(tooLarge(e.limit()));
    }

    /** JSON read by a controller itself, e.g. a supplement merged into the dossier. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> unreadableJson(JacksonException e) {
        ProblemDetail problem = unreadable(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = problemFor(ex, statusCode);
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.putAll(headers);
        return new ResponseEntity<>(problem, answerHeaders, HttpStatusCode.valueOf(problem.getStatus()));
    }

    private ProblemDetail problemFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return typeMismatch(mismatch);
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldError(missing.getParameterName(),
                    FieldCodes.REQUIRED, "Thiếu tham số này.", "This parameter is required.")));
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldError(missing.getHeaderName(),
                    FieldCodes.REQUIRED, "Thiếu tiêu đề (header) này.", "This header is required.")));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedHttpMethods() == null ? ""
                    : method.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
            return Problems.problem(status, "method-not-allowed", "Phương thức không được hỗ trợ", "Method not allowed",
                    "Địa chỉ này không nhận phương thức " + method.getMethod() + "; dùng: " + allowed + ".",
                    "This resource does not accept " + method.getMethod() + "; use: " + allowed + ".");
        }
        if (ex instanceof HttpMediaTypeNotSupportedException mediaType) {
            ProblemDetail problem = Problems.problem(status, "unsupported-media-type",
                    "Kiểu nội dung không được hỗ trợ", "Unsupported media type",
                    "Gửi nội dung dạng " + supported(mediaType.getSupportedMediaTypes()) + ".",
                    "Send the body as " + supported(mediaType.getSupportedMediaTypes()) + ".");
            problem.setProperty("errors", List.of(new FieldError("Content-Type", "UNSUPPORTED_MEDIA_TYPE",
                    "Kiểu nội dung không được hỗ trợ.", "Unsupported content type.")));
            return problem;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return Problems.problem(status, "not-acceptable", "Không trả được kiểu nội dung này", "Not acceptable",
                    "Chỉ trả lời dạng application/json hoặc application/problem+json.",
                    "Answers are application/json or application/problem+json only.");
        }
        if (ex instanceof NoResourceFoundException) {
            return notFound();
        }
        return Problems.problem(status, "http-" + status.value(), "Không xử lý được yêu cầu", "Request not handled",
                "Yêu cầu không xử lý được (mã " + status.value() + ").", "The request could not be handled (status "
                        + status.value() + ").");
    }

    /** The answer to a body that could not be read into the request's type, naming the field where known. */
    public static ProblemDetail unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge(tooLarge.limit());
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return Problems.problem(HttpStatus.BAD_REQUEST, "limit-exceeded", "Nội dung vượt giới hạn",
                        "Limit exceeded", "Nội dung lồng quá sâu hoặc có giá trị quá dài.",
                        "The body nests too deeply or holds a value that is too long.");
            }
            if (cause instanceof ForbiddenCharacterException forbidden) {
                return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new FieldError(path(forbidden),
                        "FORBIDDEN_CHARACTER", "Có ký tự không được phép (ký tự điều khiển, ký tự ẩn hoặc đổi chiều viết).",
                        "Contains a character that is not allowed (a control, invisible or direction-changing character).")));
            }
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldError(path(databind), "INVALID_VALUE",
                        "Giá trị không đúng kiểu hoặc không đúng dạng.", "The value has the wrong type or format.")));
            }
        }
        return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldError("body", "INVALID_JSON",
                "Nội dung không phải JSON hợp lệ.", "The body is not valid JSON.")));
    }

    private static ProblemDetail typeMismatch(TypeMismatchException mismatch) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        if (mismatch.getCause() instanceof TextParameterEditor.ForbiddenParameterException
                || mismatch.getCause() != null
                && mismatch.getCause().getCause() instanceof TextParameterEditor.ForbiddenParameterException) {
            return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new FieldError(name, "FORBIDDEN_CHARACTER",
                    "Có ký tự không được phép.", "Contains a character that is not allowed.")));
        }
        String type = mismatch.getRequiredType() == null ? "" : mismatch.getRequiredType().getSimpleName();
        return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldError(name, "INVALID_VALUE",
                "Giá trị không đúng kiểu" + (type.isEmpty() ? "" : " (" + type + ")") + ".",
                "The value is not of the expected type" + (type.isEmpty() ? "" : " (" + type + ")") + ".")));
    }

    static ProblemDetail tooLarge(long limit) {
        return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Nội dung quá lớn", "Payload too large",
                "Nội dung yêu cầu dài quá " + limit + " byte.", "The request body is longer than " + limit + " bytes.");
    }

    static ProblemDetail notFound() {
        return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Không có tài nguyên ở địa chỉ này.", "Nothing is found at this address.");
    }

    /** The JSON path of the value at fault, e.g. {@code child.placeOfBirth.communeCode} or {@code items[2]}. */
    static String path(DatabindException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String supported(List<?> types) {
        return types.isEmpty() ? "application/json" : types.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
