package vn.lienthong.orchestrator.config;

import java.time.Clock;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.adapter.in.scheduling.AuditSealJob;
import vn.lienthong.orchestrator.adapter.out.persistence.ChainOpsAuditMigration;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcAuditLog;
import vn.lienthong.orchestrator.adapter.out.persistence.MeteredAuditLog;
import vn.lienthong.orchestrator.application.audit.AuditTrailService;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;

/** Wires the audit chain: recording (timed and counted), chaining, listing, verifying, and its Java migration. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc, TransactionTemplate transactions, MeterRegistry meters) {
        return new MeteredAuditLog(new JdbcAuditLog(jdbc, JsonMapper.builder().build(), transactions), meters);
    }

    @Bean
    AuditTrailService auditTrail(AuditLog auditLog, JdbcClient jdbc, TransactionTemplate template,
                                 Transactions transactions, Clock clock, MeterRegistry meters) {
        var records = new JdbcAuditLog(jdbc, JsonMapper.builder().build(), template);
        // Entries recorded and not yet chained: near zero, unless the sealing fails.
        Gauge.builder("lienthong.audit.pending", records, JdbcAuditLog::pendingCount)
                .description("Audit entries recorded and not yet chained").register(meters);
        return new AuditTrailService(auditLog, records, transactions, clock);
    }

    @Bean
    AuditSealJob auditSealJob(AuditTrailService auditTrail) {
        return new AuditSealJob(auditTrail);
    }

    /** Flyway runs the Java migrations it is given as beans in order with the SQL ones. */
    @Bean
    JavaMigration chainOpsAudit() {
        return new ChainOpsAuditMigration();
    }
}
