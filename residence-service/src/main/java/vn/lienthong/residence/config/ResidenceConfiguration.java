package vn.lienthong.residence.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.residence.adapter.in.messaging.RegisterResidenceCommandListener;
import vn.lienthong.residence.adapter.in.messaging.RemovalMessageMapper;
import vn.lienthong.residence.adapter.in.messaging.RemoveResidenceCommandListener;
import vn.lienthong.residence.adapter.in.messaging.ResidenceCommands;
import vn.lienthong.residence.adapter.in.messaging.ResidenceMessageMapper;
import vn.lienthong.residence.adapter.in.seed.HouseholdSeedImport;
import vn.lienthong.residence.adapter.out.persistence.JdbcHouseholds;
import vn.lienthong.residence.adapter.out.persistence.JdbcRegistrationNumbers;
import vn.lienthong.residence.adapter.out.persistence.JdbcResidenceRemovals;
import vn.lienthong.residence.adapter.out.persistence.ResidenceBatch;
import vn.lienthong.residence.application.RegisterChildResidenceService;
import vn.lienthong.residence.application.RemoveDeceasedResidenceService;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceCommand;
import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceCommand;
import vn.lienthong.residence.domain.PersonalIdNumber;

/** Wires the use case to its adapters. */
@Configuration(proxyBeanMethods = false)
public class ResidenceConfiguration {

    @Bean
    ResidenceBatch residenceBatch(JdbcClient jdbc) {
        return new ResidenceBatch(jdbc);
    }

    @Bean
    JdbcHouseholds households(JdbcClient jdbc, ResidenceBatch batch) {
        return new JdbcHouseholds(jdbc, batch);
    }

    @Bean
    RegisterChildResidenceService registerChildResidenceService(JdbcClient jdbc, JdbcHouseholds households,
                                                                ResidenceBatch batch, Clock clock) {
        return new RegisterChildResidenceService(households, new JdbcRegistrationNumbers(jdbc, batch), clock);
    }

    @Bean
    RemoveDeceasedResidenceService removeDeceasedResidenceService(JdbcClient jdbc, JdbcHouseholds households,
                                                                  ResidenceBatch batch, Clock clock) {
        return new RemoveDeceasedResidenceService(households, new JdbcResidenceRemovals(jdbc, batch), clock);
    }

    /**
     * The Kafka binding {@code registerPermanentResidence-in-0}, named for the first command it took:
     * every command of {@code residence.commands} (registrations and removals), each poll's in one
     * transaction, prepared as one unit of work before the first is handled: the commands are claimed
     * together ({@link IdempotentCommandHandler#claim}), what they read is loaded and the counters they
     * take numbers from are locked ({@link ResidenceBatch}).
     */
    @Bean
    Consumer<Message<List<byte[]>>> registerPermanentResidence(MessageBatches batches, MessageCodec codec,
                                                               IdempotentCommandHandler commands,
                                                               RegisterChildResidenceService registrations,
                                                               RemoveDeceasedResidenceService removals,
                                                               ResidenceBatch unitOfWork, MeterRegistry meters,
                                                               Clock clock) {
        var listener = new ResidenceCommands(codec,
                new RegisterResidenceCommandListener(commands, registrations,
                        Mappers.getMapper(ResidenceMessageMapper.class), meters),
                new RemoveResidenceCommandListener(commands, removals, Mappers.getMapper(RemovalMessageMapper.class),
                        meters, clock));
        return batch -> batches.handle(batch, listener::read, ResidenceCommands::lockKey,
                polled -> {
                    commands.claim(ResidenceCommands.commandIds(polled));
                    prepare(unitOfWork, listener.registrations(polled), listener.removals(polled),
                            LocalDate.now(clock).getYear());
                },
                listener);
    }

    /**
     * What a batch's valid commands read: the households of the children, parents and deceased, and
     * those at the declared addresses, whose communes' counters the registrations take numbers from.
     * Commands with invalid fields are refused without reading anything.
     */
    private static void prepare(ResidenceBatch unitOfWork, List<RegisterChildResidenceCommand> registrations,
                                List<RemoveDeceasedResidenceCommand> removals, int year) {
        Set<PersonalIdNumber> people = new HashSet<>();
        Set<ResidenceBatch.Address> addresses = new HashSet<>();
        for (RegisterChildResidenceCommand registration : registrations) {
            people.add(registration.child());
            people.add(registration.parent());
            addresses.add(new ResidenceBatch.Address(registration.commune(), registration.address()));
        }
        removals.forEach(removal -> people.add(removal.person()));
        unitOfWork.prepare(people, addresses, year);
    }

    @Bean
    @ConditionalOnProperty("lienthong.seed.directory")
    HouseholdSeedImport householdSeedImport(@Value("${lienthong.seed.directory}") Path directory,
                                            JdbcHouseholds households, TransactionTemplate transactions) {
        return new HouseholdSeedImport(directory, households, transactions);
    }
}
