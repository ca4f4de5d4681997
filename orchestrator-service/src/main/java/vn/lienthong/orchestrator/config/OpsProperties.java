package vn.lienthong.orchestrator.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.lienthong.orchestrator.application.ops.OpsSettings;

/**
 * The ops API's settings, under {@code lienthong.ops}.
 *
 * @param stuckAfter        a step in progress longer than this is listed as stuck
 * @param batchSize         most items a background job handles per round
 * @param jobLease          how long a worker holds a job before another may take it over
 * @param jobPollInterval   how often workers look for job work when there was none
 * @param releaseInterval   how often steps held by a pause are looked for once their agency is resumed
 * @param metricsCacheTtl   how long the ID-number backlog gauges reuse one database count
 * @param verification      the pace and retries of bulk re-verification
 */
@ConfigurationProperties("lienthong.ops")
public record OpsProperties(
        @DefaultValue("15m") Duration stuckAfter,
        @DefaultValue("100") int batchSize,
        @DefaultValue("1m") Duration jobLease,
        @DefaultValue("1s") Duration jobPollInterval,
        @DefaultValue("2s") Duration releaseInterval,
        @DefaultValue("5s") Duration metricsCacheTtl,
        @DefaultValue Verification verification) {

    /**
     * @param maxRounds  most attempts at one number when the population database fails in passing
     * @param roundDelay pause before a failed number is tried again
     * @param maxWait    longest a call waits for its turn at the job's pace before the round ends
     */
    public record Verification(
            @DefaultValue("3") int maxRounds,
            @DefaultValue("1m") Duration roundDelay,
            @DefaultValue("10s") Duration maxWait) {
    }

    OpsSettings settings() {
        return new OpsSettings(stuckAfter, batchSize, jobLease, verification.maxRounds(), verification.roundDelay());
    }
}
