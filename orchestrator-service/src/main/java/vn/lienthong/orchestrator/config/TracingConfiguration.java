package vn.lienthong.orchestrator.config;

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
    JdbcDossierTraces dossierTraces(JdbcClient jdbc, MessageTracing tracing, JdbcDossiers dossiers,
                                    IdNumberStepWorker idNumberStepWorker,
                                    @Qualifier("deathCallsWorker") ScheduledCallWorker<?, ?> deathCallsWorker) {
        var traces = new JdbcDossierTraces(jdbc, tracing);
        dossiers.onAdded(traces::remember);
        idNumberStepWorker.tracedBy(traces::inTraceOf);
        deathCallsWorker.tracedBy(traces::inTraceOf);
        return traces;
    }
}
