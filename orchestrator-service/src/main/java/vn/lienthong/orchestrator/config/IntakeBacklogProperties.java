package vn.lienthong.orchestrator.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Admission control of dossier intake on the system's backlog, under {@code lienthong.intake.backlog}.
 *
 * @param bound           dossiers received or in progress (not waiting for a person) past which a
 *                        submission is refused with 429; 0 turns admission control off (default 800:
 *                        docs/performance.md, "Overload")
 * @param retryAfter      what {@code Retry-After} tells the portal when the system starts refusing
 *                        (default 2 s, at least 1 s); the longer it refuses, the longer the wait
 *                        ({@link vn.lienthong.orchestrator.application.RetryAfterAdvice})
 * @param retryAfterMax   the longest wait before its random part (default 30 s)
 * @param recountInterval how often the backlog is counted again in the database (default 250 ms)
 */
@ConfigurationProperties("lienthong.intake.backlog")
public record IntakeBacklogProperties(
        @DefaultValue("800") long bound,
        @DefaultValue("2s") Duration retryAfter,
        @DefaultValue("30s") Duration retryAfterMax,
        @DefaultValue("250ms") Duration recountInterval) {
}
