package vn.lienthong.civilregistry.config;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.mapstruct.factory.Mappers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.civilregistry.adapter.in.messaging.BirthMessageMapper;
import vn.lienthong.civilregistry.adapter.in.messaging.CivilRegistryCommands;
import vn.lienthong.civilregistry.adapter.in.messaging.DeathMessageMapper;
import vn.lienthong.civilregistry.adapter.in.messaging.RegisterBirthCommandListener;
import vn.lienthong.civilregistry.adapter.in.messaging.RegisterDeathCommandListener;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcBirthRegistrations;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcDeathRegistrations;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcRegisterSerials;
import vn.lienthong.civilregistry.application.RegisterBirthService;
import vn.lienthong.civilregistry.application.RegisterDeathService;
import vn.lienthong.civilregistry.domain.RegisterLayout;
import vn.lienthong.civilregistry.domain.LateRegistrationRule;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;

/** Wires the use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
public class CivilRegistryConfiguration {

    @Bean
    RegisterBirthService registerBirthService(JdbcClient jdbc, CivilRegistryProperties properties, Clock clock) {
        return new RegisterBirthService(new JdbcBirthRegistrations(jdbc), new JdbcRegisterSerials(jdbc),
                new RegisterLayout(properties.entriesPerVolume()),
                new LateRegistrationRule(properties.lateRegistrationDays()), clock);
    }

    /** The death registers: books of their own, numbered and split into volumes as the birth registers are. */
    @Bean
    RegisterDeathService registerDeathService(JdbcClient jdbc, CivilRegistryProperties properties, Clock clock) {
        return new RegisterDeathService(new JdbcDeathRegistrations(jdbc), JdbcRegisterSerials.ofDeathRegisters(jdbc),
                new RegisterLayout(properties.entriesPerVolume()),
                new LateRegistrationRule(properties.deathDeclarationDays()), clock);
    }

    /**
     * The Kafka binding {@code registerBirth-in-0}, named for the first command it took: every command
     * of {@code civil-registry.commands} (births and deaths), each poll's in one transaction.
     */
    @Bean
    Consumer<Message<List<byte[]>>> registerBirth(MessageBatches batches, MessageCodec codec,
                                                  IdempotentCommandHandler commands, RegisterBirthService births,
                                                  RegisterDeathService deaths, MeterRegistry meters) {
        var listener = new CivilRegistryCommands(codec,
                new RegisterBirthCommandListener(commands, births, Mappers.getMapper(BirthMessageMapper.class), meters),
                new RegisterDeathCommandListener(commands, deaths, Mappers.getMapper(DeathMessageMapper.class), meters));
        return batch -> batches.handle(batch, listener::read, CivilRegistryCommands::lockKey, listener);
    }
}
