package vn.lienthong.orchestrator.config;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.messaging.DeadLetterRouting;
import vn.lienthong.orchestrator.adapter.in.scheduling.HeldStepsJob;
import vn.lienthong.orchestrator.adapter.in.scheduling.OpsJobWorker;
import vn.lienthong.orchestrator.adapter.out.http.PopulationDatabaseClient;
import vn.lienthong.orchestrator.adapter.out.http.RateLimitedThrottle;
import vn.lienthong.orchestrator.adapter.out.messaging.KafkaDeadLetters;
import vn.lienthong.orchestrator.adapter.out.metrics.IdNumberBacklogGauges;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcAgencyPauses;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcIdNumberBacklog;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcRedrives;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcReplayJobs;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcTroubledSteps;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcVerificationJobs;
import vn.lienthong.orchestrator.adapter.out.persistence.OutboxParkedMessages;
import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.ops.AgencyPauseService;
import vn.lienthong.orchestrator.application.ops.DeadLetterService;
import vn.lienthong.orchestrator.application.ops.OpsSettings;
import vn.lienthong.orchestrator.application.ops.ParkedMessageService;
import vn.lienthong.orchestrator.application.ops.ReplayJobService;
import vn.lienthong.orchestrator.application.ops.StepReplayService;
import vn.lienthong.orchestrator.application.ops.TroubledStepQueryService;
import vn.lienthong.orchestrator.application.ops.VerificationJobService;
import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausesUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;

/** Wires the ops use cases (see {@code adapter/in/web/ops}) to their adapters, and their metrics. */
@Configuration(proxyBeanMethods = false)
public class OpsConfiguration {

    /** Every dead-letter topic the system's consumers write to: the agencies' and the orchestrator's. */
    static final List<String> DEAD_LETTER_TOPICS = List.of(
            CivilRegistryTopics.COMMANDS, ResidenceTopics.COMMANDS, HealthInsuranceTopics.COMMANDS,
            CivilRegistryTopics.REPLIES, ResidenceTopics.REPLIES, HealthInsuranceTopics.REPLIES)
            .stream().map(topic -> topic + DeadLetterRouting.SUFFIX).toList();

    @Bean
    OpsSettings opsSettings(OpsProperties properties) {
        return properties.settings();
    }

    /** Also read by the saga and the ID-number step, which hold back a paused agency's work. */
    @Bean
    AgencyPauses agencyPauses(JdbcClient jdbc) {
        return new JdbcAgencyPauses(jdbc);
    }

    @Bean
    TroubledStepQueryService troubledSteps(JdbcClient jdbc, OpsSettings settings, Clock clock) {
        return new TroubledStepQueryService(new JdbcTroubledSteps(jdbc), settings, clock);
    }

    @Bean
    StepReplayService stepReplays(Dossiers dossiers, DossierSaga saga, AgencyPauses pauses, AuditLog audit,
                                  Transactions transactions, Clock clock) {
        return new StepReplayService(dossiers, saga, pauses, audit, transactions, clock);
    }

    @Bean
    ReplayJobService replayJobs(JdbcClient jdbc, Dossiers dossiers, DossierSaga saga, AgencyPauses pauses,
                                AuditLog audit, Transactions transactions, OpsSettings settings, Clock clock) {
        return new ReplayJobService(new JdbcReplayJobs(jdbc, JsonMapper.builder().build()), dossiers, saga, pauses,
                audit, transactions, settings, clock);
    }

    @Bean
    AgencyPauseService agencyPauseService(AgencyPauses pauses, Dossiers dossiers, DossierSaga saga, AuditLog audit,
                                          PopulationDatabaseClient populationDatabase, Transactions transactions,
                                          Clock clock) {
        return new AgencyPauseService(pauses, dossiers, saga, audit, () -> populationDatabase.breakerState().name(),
                transactions, clock);
    }

    @Bean
    DeadLetterService deadLetters(KafkaProperties kafkaProperties,
                                  @Qualifier("outboxKafkaTemplate") KafkaTemplate<byte[], byte[]> kafka, JdbcClient jdbc,
                                  AuditLog audit, Transactions transactions, Clock clock) {
        return new DeadLetterService(new KafkaDeadLetters(kafkaProperties.buildConsumerProperties(), kafka, DEAD_LETTER_TOPICS),
                new JdbcRedrives(jdbc), audit, transactions, clock);
    }

    @Bean
    ParkedMessageService parkedMessageService(vn.lienthong.messaging.ParkedMessages parkedMessages, AuditLog audit,
                                              Transactions transactions, Clock clock) {
        return new ParkedMessageService(new OutboxParkedMessages(parkedMessages), audit, transactions, clock);
    }

    @Bean
    VerificationJobService verificationJobs(JdbcClient jdbc, PopulationDatabase populationDatabase,
                                            AgencyPauses pauses, RateLimiterRegistry rateLimiters, AuditLog audit,
                                            Transactions transactions, OpsProperties properties, Clock clock) {
        return new VerificationJobService(new JdbcVerificationJobs(jdbc), populationDatabase, pauses,
                new RateLimitedThrottle(rateLimiters, properties.verification().maxWait()), audit, transactions,
                properties.settings(), clock);
    }

    @Bean
    OpsJobWorker replayJobWorker(ReplayJobService replayJobs, OpsProperties properties,
                                 @Value(BackgroundWork.ENABLED_VALUE) boolean backgroundWork) {
        var worker = new OpsJobWorker("ops-replay-jobs", replayJobs::work, properties.jobPollInterval());
        worker.setAutoStartup(backgroundWork);
        return worker;
    }

    @Bean
    OpsJobWorker verificationJobWorker(VerificationJobService verificationJobs, OpsProperties properties,
                                       @Value(BackgroundWork.ENABLED_VALUE) boolean backgroundWork) {
        var worker = new OpsJobWorker("ops-verification-jobs", verificationJobs::work, properties.jobPollInterval());
        worker.setAutoStartup(backgroundWork);
        return worker;
    }

    @Bean
    HeldStepsJob heldStepsJob(AgencyPausesUseCase pauses) {
        return new HeldStepsJob(pauses);
    }

    @Bean
    JdbcIdNumberBacklog idNumberBacklog(JdbcClient jdbc, MeterRegistry meters, OpsProperties properties, Clock clock) {
        var backlog = new JdbcIdNumberBacklog(jdbc);
        IdNumberBacklogGauges.register(meters, backlog, properties.metricsCacheTtl(), clock);
        return backlog;
    }
}
