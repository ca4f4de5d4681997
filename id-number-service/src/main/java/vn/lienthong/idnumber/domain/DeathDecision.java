package vn.lienthong.idnumber.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a report of a death: recorded (maybe earlier, for the same request or the same
 * death extract), the reasons it cannot be recorded, a citizen whose death is recorded already
 * from another death extract, or a request id already used for another death.
 */
public sealed interface DeathDecision {

    record Recorded(DeathRecord record, boolean newlyRecorded) implements DeathDecision {
    }

    record Refused(List<Refusal> reasons) implements DeathDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    /** The citizen's death is recorded already, on {@code dateOfDeath}, from another death extract. */
    record AlreadyDeceased(LocalDate dateOfDeath) implements DeathDecision {
    }

    record RequestIdReused(String requestId) implements DeathDecision {
    }
}
