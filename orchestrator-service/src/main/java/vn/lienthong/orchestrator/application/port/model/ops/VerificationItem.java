package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.LocalDate;

/**
 * One number of a verification job, at {@code index} in the submitted list. {@code outcome} is
 * null while it waits for (another) round; {@code lastError} is the code of the last failure.
 */
public record VerificationItem(int index, String personalIdNumber, VerificationOutcome outcome, String fullName,
                               LocalDate dateOfBirth, int attempts, String lastError) {
}
