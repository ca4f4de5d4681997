package vn.lienthong.orchestrator.application;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The procedure's time limits and the ID-number step's retry policy.
 *
 * @param statutoryWorkingDays  time limit for the whole procedure (3 under Decree 63/2024)
 * @param supplementWorkingDays how long the applicant has to supplement (7)
 * @param zone                  where working days are counted
 * @param idNumberLease         how long one call to the population database may take before another
 *                              worker may try again (covers a crash mid-call)
 * @param firstRetryDelay       pause after the first failed attempt; doubles with each failure
 * @param maxRetryDelay         the longest pause between attempts
 * @param escalateIdNumberAfter how long a dossier waits for its number before an officer is asked
 *                              to obtain it from the commune police
 */
public record ProcedureSettings(
        int statutoryWorkingDays,
        int supplementWorkingDays,
        ZoneId zone,
        Duration idNumberLease,
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        Duration escalateIdNumberAfter) {

    /** Pause before the attempt after {@code failedAttempts} failures: exponential, capped. */
    public Duration retryDelay(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(doublings, 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
