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
import vn.lienthong.civilregistry.adapter.out.persistence.CivilRegisterUnitOfWork;
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

    /** The birth registers; one instance, so that a batch's transaction and its use case share what it loaded. */
    @Bean
    JdbcBirthRegistrations birthRegistrations(JdbcClient jdbc) {
        return new JdbcBirthRegistrations(jdbc);
    }

    @Bean
    JdbcRegisterSerials birthRegisterSerials(JdbcClient jdbc) {
        return new JdbcRegisterSerials(jdbc);
    }

    @Bean
    JdbcRegisterSerials deathRegisterSerials(JdbcClient jdbc) {
        return JdbcRegisterSerials.ofDeathRegisters(jdbc);
    }

    @Bean
    RegisterBirthService registerBirthService(JdbcBirthRegistrations birthRegistrations,
                                              JdbcRegisterSerials birthRegisterSerials,
                                              CivilRegistryProperties properties, Clock clock) {
        return new RegisterBirthService(birthRegistrations, birthRegisterSerials,
                new RegisterLayout(properties.entriesPerVolume()),
                new LateRegistrationRule(properties.lateRegistrationDays()), clock);
    }

    /** The death registers: books of their own, numbered and split into volumes as the birth registers are. */
    @Bean
    RegisterDeathService registerDeathService(JdbcClient jdbc, JdbcRegisterSerials deathRegisterSerials,
                                              CivilRegistryProperties properties, Clock clock) {
        return new RegisterDeathService(new JdbcDeathRegistrations(jdbc), deathRegisterSerials,
                new RegisterLayout(properties.entriesPerVolume()),
                new LateRegistrationRule(properties.deathDeclarationDays()), clock);
    }

    /**
     * The Kafka binding {@code registerBirth-in-0}, named for the first command it took: every command
     * of {@code civil-registry.commands} (births and deaths), each poll's in one transaction, readied
     * at once so that its births take no round trip each ({@link CivilRegisterUnitOfWork}).
     */
    @Bean
    Consumer<Message<List<byte[]>>> registerBirth(MessageBatches batches, MessageCodec codec,
                                                  IdempotentCommandHandler commands, RegisterBirthService births,
                                                  RegisterDeathService deaths, JdbcBirthRegistrations birthRegistrations,
                                                  JdbcRegisterSerials birthRegisterSerials,
                                                  JdbcRegisterSerials deathRegisterSerials, Clock clock,
                                                  MeterRegistry meters) {
        return commandConsumer(batches, codec, commands, births, deaths,
                new CivilRegisterUnitOfWork(birthRegistrations, birthRegisterSerials, deathRegisterSerials, clock),
                meters);
    }

    /** The consumer of {@code civil-registry.commands} as the binding runs it, built from its parts. */
    public static Consumer<Message<List<byte[]>>> commandConsumer(MessageBatches batches, MessageCodec codec,
                                                                  IdempotentCommandHandler commands,
                                                                  RegisterBirthService births,
                                                                  RegisterDeathService deaths,
                                                                  CivilRegisterUnitOfWork registers,
                                                                  MeterRegistry meters) {
        var listener = new CivilRegistryCommands(codec,
                new RegisterBirthCommandListener(commands, births, Mappers.getMapper(BirthMessageMapper.class), meters),
                new RegisterDeathCommandListener(commands, deaths, Mappers.getMapper(DeathMessageMapper.class), meters),
                commands, registers);
        return batch -> batches.handle(batch, listener::read, CivilRegistryCommands::lockKey, listener::prepare,
                listener);
    }
}
