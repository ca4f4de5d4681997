package vn.lienthong.contracts.idnumber;

import java.util.List;

/**
 * Several {@link AssignPersonalIdNumber}s in one request, at most {@link IdNumberApi#MAX_BATCH}.
 * Each is answered as if it had been sent alone ({@link PersonalIdNumberAnswers}): the same rules,
 * the same idempotency by its own {@code requestId}, and one request's refusal does not hold back
 * the others. A caller saves a round trip, a token check and a request's fixed cost per newborn.
 */
public record AssignPersonalIdNumbers(List<AssignPersonalIdNumber> requests) {
}
