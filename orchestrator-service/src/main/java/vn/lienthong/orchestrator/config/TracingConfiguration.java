package vn.lienthong.orchestrator.config;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.messaging.MessageTracing;
import vn.lienthong.orchestrator.adapter.in.scheduling.IdNumberStepWorker;
import vn.lienthong.orchestrator.adapter.in.scheduling.ScheduledCallWorker;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcDossierTraces;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcDossiers;

/**
 * One dossier, one trace: the intake stores its trace with the dossier, and the scheduled calls to
 * the population database continue it (messages carry it through the outbox, see
 * {@link MessageTracing}).
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    JdbcDossierTraces dossierTraces(JdbcClient jdbc, MessageTracing tracing) {
        return new JdbcDossierTraces(jdbc, tracing);
    }

    /** Hooks the traces in once every bean exists: the outbox, the saga and the workers depend on one another. */
    @Bean
    SmartInitializingSingleton dossierTracesHooks(JdbcDossierTraces traces, JdbcDossiers dossiers,
                                                  IdNumberStepWorker idNumberStepWorker,
                                                  @Qualifier("deathCallsWorker") ScheduledCallWorker<?, ?> deathCallsWorker) {
        return () -> {
            dossiers.onAdded(traces::currentTraceParent, traces::tagDossier);
            idNumberStepWorker.tracedBy(traces::inTraceOf);
            deathCallsWorker.tracedBy(traces::inTraceOf);
        };
    }
}
