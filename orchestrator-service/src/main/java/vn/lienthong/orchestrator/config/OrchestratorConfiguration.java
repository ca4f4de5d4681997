package vn.lienthong.orchestrator.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.mapstruct.factory.Mappers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.json.CreatorHandles;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.MessageTracing;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.adapter.in.messaging.CivilRegistryReplies;
import vn.lienthong.orchestrator.adapter.in.messaging.DeadLetteredCommands;
import vn.lienthong.orchestrator.adapter.in.messaging.HealthInsuranceReplies;
import vn.lienthong.orchestrator.adapter.in.messaging.ReplyMapper;
import vn.lienthong.orchestrator.adapter.in.messaging.ResidenceReplies;
import vn.lienthong.orchestrator.adapter.in.messaging.UndeliverableCommands;
import vn.lienthong.orchestrator.adapter.in.scheduling.IdNumberJobs;
import vn.lienthong.orchestrator.adapter.in.scheduling.IdNumberStepWorker;
import vn.lienthong.orchestrator.adapter.in.scheduling.ScheduledCallWorker;
import vn.lienthong.orchestrator.adapter.in.scheduling.SupplementDeadlineJob;
import vn.lienthong.orchestrator.adapter.in.web.PortalDossierMapper;
import vn.lienthong.orchestrator.adapter.out.http.PopulationDatabaseClient;
import vn.lienthong.orchestrator.adapter.out.http.PopulationDatabaseHttp;
import vn.lienthong.orchestrator.adapter.out.http.ServiceTokens;
import vn.lienthong.orchestrator.adapter.out.messaging.AgencyMessageMapper;
import vn.lienthong.orchestrator.adapter.out.messaging.CivilRegistryProxy;
import vn.lienthong.orchestrator.adapter.out.messaging.DossierStatusPublisher;
import vn.lienthong.orchestrator.adapter.out.messaging.HealthInsuranceProxy;
import vn.lienthong.orchestrator.adapter.out.messaging.ResidenceProxy;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcDossiers;
import vn.lienthong.orchestrator.adapter.out.persistence.MeteredDossiers;
import vn.lienthong.orchestrator.adapter.out.persistence.SpringTransactions;
import vn.lienthong.orchestrator.application.AgencyReplyService;
import vn.lienthong.orchestrator.application.CommandFailureService;
import vn.lienthong.orchestrator.application.DeathCallsService;
import vn.lienthong.orchestrator.application.DossierIntakeService;
import vn.lienthong.orchestrator.application.DossierProgressService;
import vn.lienthong.orchestrator.application.DossierQueryService;
import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.IdNumberStepService;
import vn.lienthong.orchestrator.application.ProcedureSettings;
import vn.lienthong.orchestrator.application.port.in.DeathCallsUseCase;
import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase;
import vn.lienthong.orchestrator.application.port.in.ProgressDossierUseCase;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.application.port.in.RecordCommandFailureUseCase;
import vn.lienthong.orchestrator.application.port.out.AgencyRequests;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.calendar.WorkingCalendar;
import vn.lienthong.web.ZoneProperties;

/** Wires the saga's use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
public class OrchestratorConfiguration {

    /** Dates and working days are counted in the zone every service counts in ({@code lienthong.zone}). */
    @Bean
    ProcedureSettings procedureSettings(ProcedureProperties properties, ZoneProperties zone) {
        return properties.settings(zone.zone());
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new SpringTransactions(template);
    }

    @Bean
    JdbcDossiers dossiers(JdbcClient jdbc, MeterRegistry meters, Clock clock, ZoneProperties zone) {
        return new MeteredDossiers(jdbc, JsonMapper.builder().addModule(new CreatorHandles()).build(), meters, clock,
                zone.zone());
    }

    @Bean
    AgencyMessageMapper agencyMessageMapper() {
        return Mappers.getMapper(AgencyMessageMapper.class);
    }

    @Bean
    PortalDossierMapper portalDossierMapper() {
        return Mappers.getMapper(PortalDossierMapper.class);
    }

    @Bean
    CivilRegistryProxy civilRegistry(Outbox outbox, AgencyMessageMapper mapper) {
        return new CivilRegistryProxy(outbox, mapper);
    }

    @Bean
    ResidenceProxy residence(Outbox outbox, AgencyMessageMapper mapper) {
        return new ResidenceProxy(outbox, mapper);
    }

    @Bean
    HealthInsuranceProxy healthInsurance(Outbox outbox, AgencyMessageMapper mapper) {
        return new HealthInsuranceProxy(outbox, mapper);
    }

    @Bean
    DossierSaga dossierSaga(List<AgencyRequests> agencies, Dossiers dossiers, Outbox outbox,
                            ProcedureProperties properties, ProcedureSettings settings, AgencyPauses pauses,
                            Clock clock) {
        return new DossierSaga(agencies, dossiers,
                new DossierStatusPublisher(outbox), new WorkingCalendar(new HashSet<>(properties.holidays())),
                settings, pauses, clock);
    }

    @Bean
    DossierIntakeService dossierIntake(Dossiers dossiers, DossierSaga saga, Outbox outbox,
                                       Transactions transactions) {
        return new DossierIntakeService(dossiers, saga, new DossierStatusPublisher(outbox), transactions);
    }

    @Bean
    AgencyReplyService agencyReplies(Dossiers dossiers, DossierSaga saga, Transactions transactions) {
        return new AgencyReplyService(dossiers, saga, transactions);
    }

    @Bean
    DossierProgressService dossierProgress(Dossiers dossiers, DossierSaga saga, Transactions transactions) {
        return new DossierProgressService(dossiers, saga, transactions);
    }

    @Bean
    DossierQueryService dossierQueries(Dossiers dossiers) {
        return new DossierQueryService(dossiers);
    }

    @Bean
    CommandFailureService commandFailures(Dossiers dossiers, DossierSaga saga, Transactions transactions) {
        return new CommandFailureService(dossiers, saga, transactions);
    }

    /** Told by the outbox relay of a command it parked: the command's step fails, for ops. */
    @Bean
    UndeliverableCommands undeliverableCommands(RecordCommandFailureUseCase failures) {
        return new UndeliverableCommands(failures);
    }

    /**
     * Kafka binding {@code commandDeadLetters-in-0}: the agencies' command dead-letter topics; a
     * dead-lettered command fails its step, for ops.
     */
    @Bean
    Consumer<Message<byte[]>> commandDeadLetters(RecordCommandFailureUseCase failures) {
        return new DeadLetteredCommands(failures);
    }

    /** The population database behind the Resilience4j instances named {@code populationDatabase}. */
    @Bean
    PopulationDatabaseClient populationDatabase(ProcedureProperties properties, BulkheadRegistry bulkheads,
                                                TimeLimiterRegistry timeLimiters, CircuitBreakerRegistry breakers,
                                                RetryRegistry retries, MeterRegistry meters,
                                                ServiceClientProperties client, Clock clock, MessageTracing tracing) {
        var settings = properties.idNumber();
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade, which some servers mishandle.
        var httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).build();
        var scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            var thread = new Thread(runnable, "population-database-retry");
            thread.setDaemon(true);
            return thread;
        });
        String name = "populationDatabase";
        return new PopulationDatabaseClient(
                new PopulationDatabaseHttp(httpClient, URI.create(properties.populationDatabaseUrl()), settings.callTimeout(),
                        new ServiceTokens(httpClient, new ServiceTokens.Settings(client.tokenUri(), client.clientId(),
                                client.clientSecret(), client.scope()), clock), tracing::currentTraceParent),
                bulkheads.bulkhead(name), timeLimiters.timeLimiter(name), breakers.circuitBreaker(name),
                retries.retry(name), scheduler, meters);
    }

    @Bean
    IdNumberStepService idNumberStep(Dossiers dossiers, PopulationDatabaseClient populationDatabase,
                                     DossierSaga saga, Transactions transactions, ProcedureSettings settings,
                                     AgencyPauses pauses) {
        var step = new IdNumberStepService(dossiers, populationDatabase, saga, transactions, settings, pauses);
        populationDatabase.onProbe(step::probe);
        return step;
    }

    @Bean
    IdNumberJobs idNumberJobs(IdNumberStepUseCase idNumberStep) {
        return new IdNumberJobs(idNumberStep);
    }

    @Bean
    IdNumberStepWorker idNumberStepWorker(IdNumberStepUseCase idNumberStep, PopulationDatabaseClient populationDatabase,
                                          ProcedureProperties properties, MeterRegistry meters,
                                          @Value(BackgroundWork.ENABLED_VALUE) boolean backgroundWork) {
        var worker = new IdNumberStepWorker(idNumberStep, properties.idNumber().concurrentCalls(),
                properties.idNumber().claimedAhead(), properties.idNumber().requestsPerCall(),
                properties.idNumber().pollInterval(), meters);
        worker.setAutoStartup(backgroundWork);
        populationDatabase.onRecovery(worker::resumeWaitingAttempts);
        return worker;
    }

    @Bean
    DeathCallsService deathCalls(Dossiers dossiers, PopulationDatabase populationDatabase, DossierSaga saga,
                                 Transactions transactions, ProcedureSettings settings, AgencyPauses pauses) {
        return new DeathCallsService(dossiers, populationDatabase, saga, transactions, settings, pauses);
    }

    /** The death procedure's calls to the population database, on the same kind of worker as the ID-number step's. */
    @Bean
    ScheduledCallWorker<DeathCallsUseCase.Attempt, DeathCallsUseCase.Called> deathCallsWorker(
            DeathCallsUseCase deathCalls, PopulationDatabaseClient populationDatabase, ProcedureProperties properties,
            MeterRegistry meters, @Value(BackgroundWork.ENABLED_VALUE) boolean backgroundWork) {
        var worker = new ScheduledCallWorker<>("death-calls", deathCalls, properties.idNumber().concurrentCalls(),
                properties.idNumber().claimedAhead(), 1, properties.idNumber().pollInterval(), meters);
        worker.setAutoStartup(backgroundWork);
        populationDatabase.onRecovery(worker::resumeWaitingAttempts);
        return worker;
    }

    @Bean
    SupplementDeadlineJob supplementDeadlineJob(ProgressDossierUseCase progress) {
        return new SupplementDeadlineJob(progress);
    }

    @Bean
    ReplyMapper replyMapper() {
        return Mappers.getMapper(ReplyMapper.class);
    }

    /** Kafka binding {@code civilRegistryReplies-in-0}: each poll's replies in one transaction. */
    @Bean
    Consumer<Message<List<byte[]>>> civilRegistryReplies(MessageBatches batches, MessageCodec codec, ReplyMapper mapper,
                                                         RecordAgencyReplyUseCase replies) {
        return new CivilRegistryReplies(batches, codec, mapper, replies);
    }

    /** Kafka binding {@code residenceReplies-in-0}: each poll's replies in one transaction. */
    @Bean
    Consumer<Message<List<byte[]>>> residenceReplies(MessageBatches batches, MessageCodec codec, ReplyMapper mapper,
                                                     RecordAgencyReplyUseCase replies) {
        return new ResidenceReplies(batches, codec, mapper, replies);
    }

    /** Kafka binding {@code healthInsuranceReplies-in-0}: each poll's replies in one transaction. */
    @Bean
    Consumer<Message<List<byte[]>>> healthInsuranceReplies(MessageBatches batches, MessageCodec codec,
                                                           ReplyMapper mapper, RecordAgencyReplyUseCase replies) {
        return new HealthInsuranceReplies(batches, codec, mapper, replies);
    }
}
