package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.util.List;

/** Inputs of an ops request that are missing or malformed; answered with 400 naming each. */
public class OpsRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public OpsRequestException(List<FieldError> errors) {
        super("invalid ops request: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
