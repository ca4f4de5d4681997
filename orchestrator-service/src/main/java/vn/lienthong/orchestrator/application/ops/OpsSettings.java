package vn.lienthong.orchestrator.application.ops;

import java.time.Duration;

/**
 * @param stuckAfter             how long a step may stay in progress before ops see it as stuck
 * @param batchSize              most items a background job handles in one round
 * @param jobLease               how long a worker holds a job; after that another may take it over
 * @param verificationRounds     most attempts at one number when the population database fails in passing
 * @param verificationRoundDelay pause before a number whose check failed in passing is tried again
 */
public record OpsSettings(Duration stuckAfter, int batchSize, Duration jobLease, int verificationRounds,
                          Duration verificationRoundDelay) {
}
