package vn.lienthong.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;

/** A minimal agency: registers births idempotently and counts how often the effect really ran. */
@SpringBootApplication
class MessagingTestApplication {

    static final AtomicInteger EFFECTS = new AtomicInteger();
    /** What the relay told the service it parked, as a service's listener would be told. */
    static final List<ParkedMessage> PARKED = new CopyOnWriteArrayList<>();

    @Bean
    ParkedMessageListener parkedMessagesSeen() {
        return PARKED::add;
    }

    @Bean
    Consumer<Message<List<byte[]>>> registerBirth(MessageBatches batches, MessageCodec codec,
                                                  IdempotentCommandHandler commands) {
        // As the agencies do: the batch's commands claimed at once, then each handled.
        return batch -> batches.handle(batch, message -> {
            if (!(codec.decode(message) instanceof RegisterBirth command)) {
                throw new UnreadableMessageException("expected a RegisterBirth command");
            }
            return command;
        }, command -> "", (List<RegisterBirth> commandsOfBatch) -> commands.claim(
                commandsOfBatch.stream().map(RegisterBirth::commandId).toList()), command ->
                commands.handle(command.commandId(), CivilRegistryTopics.REPLIES, command.dossierId().toString(), () ->
                        new BirthRegistered(command.commandId(), command.dossierId(), "01/2026",
                                EFFECTS.incrementAndGet(), "KS-" + EFFECTS.get(), LocalDate.of(2026, 11, 22), false)));
    }

    static List<String> topics() {
        return List.of(CivilRegistryTopics.COMMANDS, CivilRegistryTopics.REPLIES, CivilRegistryTopics.COMMANDS_DEAD_LETTER);
    }
}
