package vn.lienthong.orchestrator.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.lienthong.contracts.idnumber.IdNumberApi;

import vn.lienthong.orchestrator.application.ProcedureSettings;

/**
 * The procedure's settings, under {@code lienthong.procedure}. Time limits are configuration, not
 * constants: the portal still shows the old 20-day limit while Decree 63/2024 sets 3 working days.
 *
 * @param statutoryWorkingDays   time limit of the whole procedure
 * @param supplementWorkingDays  time the applicant has to supplement
 * @param holidays               public holidays (Tết and the others), besides weekends
 * @param populationDatabaseUrl  base URL of the population database
 * @param idNumber               the ID-number step's calls and retries
 */
@ConfigurationProperties("lienthong.procedure")
public record ProcedureProperties(
        @DefaultValue("3") int statutoryWorkingDays,
        @DefaultValue("7") int supplementWorkingDays,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("http://127.0.0.1:8081") String populationDatabaseUrl,
        @DefaultValue IdNumber idNumber) {

    /**
     * @param concurrentCalls most calls in flight at once
     * @param claimedAhead    calls' attempts claimed beyond the calls in flight, queued so that a
     *                        call thread that frees up starts the next call at once
     * @param requestsPerCall most children's numbers asked for in one call (the population
     *                        database's batch request); 1 asks for each in a request of its own
     * @param connectTimeout  time to connect
     * @param callTimeout     backstop on one HTTP exchange; the time limit per attempt is Resilience4j's
     * @param lease           time after which an attempt that never reported is tried again
     * @param firstRetryDelay pause after the first failure, doubling with each further one
     * @param maxRetryDelay   the longest pause
     * @param pollInterval    how often due attempts are looked for when there were none
     * @param escalateAfter   how long a dossier may wait for its number before an officer is asked
     *                        to obtain it from the commune police
     */
    public record IdNumber(
            @DefaultValue("16") int concurrentCalls,
            @DefaultValue("16") int claimedAhead,
            @DefaultValue("16") int requestsPerCall,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("10s") Duration callTimeout,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("2s") Duration firstRetryDelay,
            @DefaultValue("5m") Duration maxRetryDelay,
            @DefaultValue("100ms") Duration pollInterval,
            @DefaultValue("4h") Duration escalateAfter) {

        public IdNumber {
            if (concurrentCalls < 1) {
                throw new IllegalArgumentException(
                        "lienthong.procedure.id-number.concurrent-calls must be at least 1, not " + concurrentCalls);
            }
            if (requestsPerCall < 1 || requestsPerCall > IdNumberApi.MAX_BATCH) {
                throw new IllegalArgumentException("lienthong.procedure.id-number.requests-per-call must be from 1 to "
                        + IdNumberApi.MAX_BATCH + ", not " + requestsPerCall);
            }
            if (claimedAhead < 0) {
                throw new IllegalArgumentException(
                        "lienthong.procedure.id-number.claimed-ahead must not be negative, not " + claimedAhead);
            }
        }
    }

    /** The settings, with the zone every service counts dates and working days in. */
    ProcedureSettings settings(ZoneId zone) {
        return new ProcedureSettings(statutoryWorkingDays, supplementWorkingDays, zone, idNumber.lease(),
                idNumber.firstRetryDelay(), idNumber.maxRetryDelay(), idNumber.escalateAfter());
    }
}
