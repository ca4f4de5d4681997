package vn.lienthong.healthinsurance.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.mapstruct.factory.Mappers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.healthinsurance.adapter.in.messaging.AssessFuneralAllowanceCommandListener;
import vn.lienthong.healthinsurance.adapter.in.messaging.CardMessageMapper;
import vn.lienthong.healthinsurance.adapter.in.messaging.FuneralAllowanceMessageMapper;
import vn.lienthong.healthinsurance.adapter.in.messaging.HealthInsuranceCommands;
import vn.lienthong.healthinsurance.adapter.in.messaging.IssueCardCommandListener;
import vn.lienthong.healthinsurance.adapter.in.seed.CareFacilitySeedImport;
import vn.lienthong.healthinsurance.adapter.in.seed.SocialInsuranceSeedImport;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcCardIssuingBatches;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcCardIssuingBatches.CardRequest;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcCareFacilities;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcFuneralAllowances;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcHealthInsuranceCards;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcInsuranceRecords;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcSocialInsuranceNumbers;
import vn.lienthong.healthinsurance.application.AssessFuneralAllowanceService;
import vn.lienthong.healthinsurance.application.IssueChildCardService;
import vn.lienthong.healthinsurance.domain.FuneralAllowancePolicy;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;

/** Wires the use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
public class HealthInsuranceConfiguration {

    @Bean
    JdbcCardIssuingBatches cardIssuingBatches(JdbcClient jdbc) {
        return new JdbcCardIssuingBatches(jdbc);
    }

    @Bean
    JdbcCareFacilities careFacilities(JdbcClient jdbc, JdbcCardIssuingBatches batches) {
        return new JdbcCareFacilities(jdbc, batches);
    }

    @Bean
    IssueChildCardService issueChildCardService(JdbcClient jdbc, JdbcCareFacilities careFacilities,
                                                JdbcCardIssuingBatches batches, Clock clock) {
        return new IssueChildCardService(new JdbcHealthInsuranceCards(jdbc, batches), careFacilities,
                new JdbcSocialInsuranceNumbers(jdbc, batches), clock);
    }

    @Bean
    JdbcInsuranceRecords insuranceRecords(JdbcClient jdbc) {
        return new JdbcInsuranceRecords(jdbc);
    }

    /** The funeral allowance, by the rules and reference levels of {@code lienthong.social-insurance}. */
    @Bean
    AssessFuneralAllowanceService assessFuneralAllowanceService(JdbcClient jdbc, JdbcInsuranceRecords records,
                                                                SocialInsuranceProperties properties, Clock clock) {
        return new AssessFuneralAllowanceService(records, new JdbcFuneralAllowances(jdbc),
                new FuneralAllowancePolicy(properties.rules()), clock);
    }

    /**
     * The Kafka binding {@code issueChildHealthInsuranceCard-in-0}, named for the first command it
     * took: every command of {@code health-insurance.commands} (cards and funeral allowances), each
     * poll's in one transaction. Before any command is handled, the batch's command ids are claimed
     * at once, and its cards, care facilities and province counters loaded and locked at once
     * ({@link JdbcCardIssuingBatches}); funeral allowances, rare, keep their own statements.
     */
    @Bean
    Consumer<Message<List<byte[]>>> issueChildHealthInsuranceCard(MessageBatches batches, MessageCodec codec,
                                                                  IdempotentCommandHandler commands,
                                                                  JdbcCardIssuingBatches cardBatches,
                                                                  IssueChildCardService cards,
                                                                  AssessFuneralAllowanceService funeralAllowances,
                                                                  MeterRegistry meters) {
        var listener = new HealthInsuranceCommands(codec,
                new IssueCardCommandListener(commands, cards, Mappers.getMapper(CardMessageMapper.class), meters),
                new AssessFuneralAllowanceCommandListener(commands, funeralAllowances,
                        Mappers.getMapper(FuneralAllowanceMessageMapper.class), meters));
        return batch -> batches.handle(batch, listener::read, HealthInsuranceCommands::lockKey, read -> {
            commands.claim(read.stream().map(HealthInsuranceCommands::commandId).toList());
            cardBatches.prepare(cardRequests(read));
        }, listener);
    }

    private static List<CardRequest> cardRequests(List<Object> commands) {
        return commands.stream()
                .filter(IssueChildHealthInsuranceCard.class::isInstance)
                .map(IssueChildHealthInsuranceCard.class::cast)
                .map(card -> new CardRequest(card.childPersonalIdNumber(), card.initialCareFacilityCode()))
                .toList();
    }

    @Bean
    @ConditionalOnProperty("lienthong.seed.directory")
    CareFacilitySeedImport careFacilitySeedImport(@Value("${lienthong.seed.directory}") Path directory,
                                                  JdbcCareFacilities careFacilities) {
        return new CareFacilitySeedImport(directory, careFacilities);
    }

    @Bean
    @ConditionalOnProperty("lienthong.seed.directory")
    SocialInsuranceSeedImport socialInsuranceSeedImport(@Value("${lienthong.seed.directory}") Path directory,
                                                        JdbcInsuranceRecords records, TransactionTemplate transactions) {
        return new SocialInsuranceSeedImport(directory, records, transactions);
    }
}
