package vn.lienthong.orchestrator.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.lienthong.orchestrator.adapter.in.web.IntakeRateLimits;

/**
 * The rate limit of dossier intake per client, under {@code lienthong.intake.rate-limit}. The
 * default is generous: far above what the benchmark submits, it only stops a client gone wrong.
 *
 * @param limitForPeriod     submissions a client may make in each period (default 500)
 * @param limitRefreshPeriod the period (default 1 s)
 * @param maxClients         clients whose limiters are kept at once (default 10 000)
 * @param clients            a client's own limit, by client id, e.g.
 *                           {@code lienthong.intake.rate-limit.clients.national-portal.limit-for-period=1000};
 *                           a field left out takes the default
 */
@ConfigurationProperties("lienthong.intake.rate-limit")
public record IntakeRateLimitProperties(
        @DefaultValue("500") int limitForPeriod,
        @DefaultValue("1s") Duration limitRefreshPeriod,
        @DefaultValue("10000") int maxClients,
        Map<String, ClientLimit> clients) {

    public record ClientLimit(Integer limitForPeriod, Duration limitRefreshPeriod) {
    }

    public IntakeRateLimits.Limit defaultLimit() {
        return new IntakeRateLimits.Limit(limitForPeriod, limitRefreshPeriod);
    }

    public Map<String, IntakeRateLimits.Limit> clientLimits() {
        Map<String, IntakeRateLimits.Limit> limits = new LinkedHashMap<>();
        if (clients != null) {
            clients.forEach((client, limit) -> limits.put(client, new IntakeRateLimits.Limit(
                    limit.limitForPeriod() == null ? limitForPeriod : limit.limitForPeriod(),
                    limit.limitRefreshPeriod() == null ? limitRefreshPeriod : limit.limitRefreshPeriod())));
        }
        return limits;
    }
}
