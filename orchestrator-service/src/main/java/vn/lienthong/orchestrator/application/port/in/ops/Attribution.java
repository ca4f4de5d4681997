package vn.lienthong.orchestrator.application.port.in.ops;

/** Who does an ops action and why. Both are required: they go to the audit log and the dossier's history. */
public record Attribution(String operator, String reason) {

    public Attribution {
        if (operator == null || operator.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an ops action needs an operator and a reason");
        }
        operator = operator.strip();
        reason = reason.strip();
    }
}
