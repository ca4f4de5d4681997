package vn.lienthong.orchestrator.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.orchestrator.adapter.out.metrics.OpenDossierGauges;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcOpenDossiers;
import vn.lienthong.web.ZoneProperties;

/** What ops watch that no use case needs: the open dossiers against their due dates (deploy/observability). */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    JdbcOpenDossiers openDossiers(JdbcClient jdbc, MeterRegistry meters, OpsProperties ops, ZoneProperties zone,
                                  Clock clock) {
        var dossiers = new JdbcOpenDossiers(jdbc);
        OpenDossierGauges.register(meters, dossiers, ops.metricsCacheTtl(), clock, zone.zone());
        return dossiers;
    }
}
