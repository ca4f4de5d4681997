package vn.lienthong.residence.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.mapstruct.factory.Mappers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.residence.adapter.in.messaging.RegisterResidenceCommandListener;
import vn.lienthong.residence.adapter.in.messaging.ResidenceMessageMapper;
import vn.lienthong.residence.adapter.in.seed.HouseholdSeedImport;
import vn.lienthong.residence.adapter.out.persistence.JdbcHouseholds;
import vn.lienthong.residence.adapter.out.persistence.JdbcRegistrationNumbers;
import vn.lienthong.residence.application.RegisterChildResidenceService;

/** Wires the use case to its adapters. */
@Configuration(proxyBeanMethods = false)
public class ResidenceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    JdbcHouseholds households(JdbcClient jdbc) {
        return new JdbcHouseholds(jdbc);
    }

    @Bean
    RegisterChildResidenceService registerChildResidenceService(JdbcClient jdbc, JdbcHouseholds households, Clock clock) {
        return new RegisterChildResidenceService(households, new JdbcRegistrationNumbers(jdbc), clock);
    }

    /** The Kafka binding {@code registerPermanentResidence-in-0}: each poll's commands in one transaction. */
    @Bean
    Consumer<Message<List<byte[]>>> registerPermanentResidence(MessageBatches batches, MessageCodec codec,
                                                               IdempotentCommandHandler commands,
                                                               RegisterChildResidenceService service,
                                                               MeterRegistry meters) {
        var listener = new RegisterResidenceCommandListener(codec, commands, service,
                Mappers.getMapper(ResidenceMessageMapper.class), meters);
        return batch -> batches.handle(batch, listener::read, RegisterResidenceCommandListener::lockKey, listener);
    }

    @Bean
    @ConditionalOnProperty("lienthong.seed.directory")
    HouseholdSeedImport householdSeedImport(@Value("${lienthong.seed.directory}") Path directory,
                                            JdbcHouseholds households, TransactionTemplate transactions) {
        return new HouseholdSeedImport(directory, households, transactions);
    }
}
