package vn.lienthong.civilregistry.config;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.mapstruct.factory.Mappers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.civilregistry.adapter.in.messaging.BirthMessageMapper;
import vn.lienthong.civilregistry.adapter.in.messaging.RegisterBirthCommandListener;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcBirthRegistrations;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcRegisterSerials;
import vn.lienthong.civilregistry.application.RegisterBirthService;
import vn.lienthong.civilregistry.domain.BirthRegisterLayout;
import vn.lienthong.civilregistry.domain.LateRegistrationRule;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;

/** Wires the use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
public class CivilRegistryConfiguration {

    /** The commune's calendar decides the registration day, not the server's zone. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(CivilRegistryProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    RegisterBirthService registerBirthService(JdbcClient jdbc, CivilRegistryProperties properties, Clock clock) {
        return new RegisterBirthService(new JdbcBirthRegistrations(jdbc), new JdbcRegisterSerials(jdbc),
                new BirthRegisterLayout(properties.entriesPerVolume()),
                new LateRegistrationRule(properties.lateRegistrationDays()), clock);
    }

    /** The Kafka binding {@code registerBirth-in-0}: each poll's commands in one transaction. */
    @Bean
    Consumer<Message<List<byte[]>>> registerBirth(MessageBatches batches, MessageCodec codec,
                                                  IdempotentCommandHandler commands, RegisterBirthService service,
                                                  MeterRegistry meters) {
        var listener = new RegisterBirthCommandListener(codec, commands, service,
                Mappers.getMapper(BirthMessageMapper.class), meters);
        return batch -> batches.handle(batch, listener::read, RegisterBirthCommandListener::lockKey, listener);
    }
}
