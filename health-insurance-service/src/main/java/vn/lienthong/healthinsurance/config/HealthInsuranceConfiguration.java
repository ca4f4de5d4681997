package vn.lienthong.healthinsurance.config;

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

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.healthinsurance.adapter.in.messaging.CardMessageMapper;
import vn.lienthong.healthinsurance.adapter.in.messaging.IssueCardCommandListener;
import vn.lienthong.healthinsurance.adapter.in.seed.CareFacilitySeedImport;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcCareFacilities;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcHealthInsuranceCards;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcSocialInsuranceNumbers;
import vn.lienthong.healthinsurance.application.IssueChildCardService;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;

/** Wires the use case to its adapters. */
@Configuration(proxyBeanMethods = false)
public class HealthInsuranceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    JdbcCareFacilities careFacilities(JdbcClient jdbc) {
        return new JdbcCareFacilities(jdbc);
    }

    @Bean
    IssueChildCardService issueChildCardService(JdbcClient jdbc, JdbcCareFacilities careFacilities, Clock clock) {
        return new IssueChildCardService(new JdbcHealthInsuranceCards(jdbc), careFacilities,
                new JdbcSocialInsuranceNumbers(jdbc), clock);
    }

    /** The Kafka binding {@code issueChildHealthInsuranceCard-in-0}: each poll's commands in one transaction. */
    @Bean
    Consumer<Message<List<byte[]>>> issueChildHealthInsuranceCard(MessageBatches batches, MessageCodec codec,
                                                                  IdempotentCommandHandler commands,
                                                                  IssueChildCardService service, MeterRegistry meters) {
        var listener = new IssueCardCommandListener(codec, commands, service, Mappers.getMapper(CardMessageMapper.class),
                meters);
        return batch -> batches.handle(batch, listener);
    }

    @Bean
    @ConditionalOnProperty("lienthong.seed.directory")
    CareFacilitySeedImport careFacilitySeedImport(@Value("${lienthong.seed.directory}") Path directory,
                                                  JdbcCareFacilities careFacilities) {
        return new CareFacilitySeedImport(directory, careFacilities);
    }
}
