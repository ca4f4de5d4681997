package vn.lienthong.orchestrator.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.orchestrator.adapter.out.persistence.JdbcKpis;
import vn.lienthong.orchestrator.application.KpiService;
import vn.lienthong.orchestrator.application.ProcedureSettings;

/** The key performance indicators the console shows, measured over the dossiers. */
@Configuration(proxyBeanMethods = false)
public class KpiConfiguration {

    @Bean
    KpiService kpis(JdbcClient jdbc, ProcedureSettings settings) {
        return new KpiService(new JdbcKpis(jdbc), settings);
    }
}
