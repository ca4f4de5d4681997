package vn.lienthong.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Inputs at fault, answered with a problem that names each of them: {@code 400} for a value that
 * cannot be read (a malformed id, a parameter out of range), {@code 422} for content that was read
 * but breaks a rule.
 */
public class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;
    private final HttpStatus status;

    public InvalidFieldException(HttpStatus status, List<FieldError> errors) {
        super(errors.size() + " input(s) at fault: "
                + String.join(", ", errors.stream().map(FieldError::field).toList()));
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** A malformed value: {@code 400} naming {@code field}. */
    public InvalidFieldException(String field, String messageVi, String messageEn) {
        this(HttpStatus.BAD_REQUEST, List.of(new FieldError(field, "INVALID_VALUE", messageVi, messageEn)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public HttpStatus status() {
        return status;
    }
}
