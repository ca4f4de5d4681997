package vn.lienthong.orchestrator.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The orchestrator's background work: the scheduled jobs, the population database's call workers
 * and the ops job workers. {@code lienthong.background-work.enabled=false} starts the orchestrator
 * without any of it: it answers its API and takes no work, so that a second instance started
 * beside a running one does nothing the running one would have to wait for (the local run's
 * warm-start training run starts so, with its Kafka consumers off too; the outbox relay needs no
 * switch, as it waits for the lock the running relay holds). On by default.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = BackgroundWork.ENABLED, havingValue = "true", matchIfMissing = true)
public class BackgroundWork {

    public static final String ENABLED = "lienthong.background-work.enabled";
    /** For {@code @Value}: the setting, true when it is not set. */
    static final String ENABLED_VALUE = "${" + ENABLED + ":true}";
}
