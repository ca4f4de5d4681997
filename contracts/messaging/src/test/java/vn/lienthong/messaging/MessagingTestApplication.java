package vn.lienthong.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.common.ChildData;
import vn.lienthong.contracts.common.DeclarantData;
import vn.lienthong.contracts.common.PersonData;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.deploy.local.SharedInfrastructure;

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

    /**
     * The shared Kafka and PostgreSQL of the tests, and {@code registerBirth} taking the commands of
     * {@code topic} in batches, as consumer group {@code group}.
     */
    static void bindRegisterBirth(DynamicPropertyRegistry registry, String topic, String group) {
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("messaging_test"));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.flyway.locations", () -> "classpath:db/messaging,classpath:db/messaging-test");
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.cloud.function.definition", () -> "registerBirth");
        registry.add("spring.cloud.stream.bindings.registerBirth-in-0.destination", () -> topic);
        registry.add("spring.cloud.stream.bindings.registerBirth-in-0.group", () -> group);
        registry.add("spring.cloud.stream.bindings.registerBirth-in-0.consumer.batch-mode", () -> "true");
        registry.add("spring.cloud.stream.default.content-type", () -> "application/octet-stream");
    }

    /** A command to register a birth for {@code dossierId}, as the orchestrator sends it. */
    static RegisterBirth registerBirth(UUID dossierId) {
        var mother = new PersonData("Điểu Thị Lan", LocalDate.of(1998, 4, 12), "070198001234", "Xtiêng", "VN");
        var child = new ChildData("Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2), "Trung tâm Y tế",
                "25450", "Xtiêng", "VN", "GCS-75-2026-004512", true);
        return new RegisterBirth(UUID.randomUUID(), dossierId, "G22.75-261122-000123", "25450", "075326000123",
                child, mother, null, new DeclarantData("Điểu Thị Lan", "070198001234", "MOTHER", "0912345678"), false);
    }

    /** A consumer of {@code topic} in a group of its own, from the end, once its partitions are assigned. */
    static KafkaConsumer<String, byte[]> consumerOf(String topic) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }

    static List<String> topics() {
        return List.of(CivilRegistryTopics.COMMANDS, CivilRegistryTopics.REPLIES, CivilRegistryTopics.COMMANDS_DEAD_LETTER);
    }
}
