package vn.lienthong.contracts.idnumber;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The citizen is recorded as deceased. {@code newlyRecorded} is false when the death was recorded
 * before, by this request id or by another one carrying the same death extract.
 */
public record DeathRecorded(
        String requestId,
        String personalIdNumber,
        LocalDate dateOfDeath,
        String deathExtractNumber,
        boolean newlyRecorded,
        Instant recordedAt) {
}
