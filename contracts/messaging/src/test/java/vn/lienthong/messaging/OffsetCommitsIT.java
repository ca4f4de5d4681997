package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.messaging.MessagingTestApplication.consumerOf;
import static vn.lienthong.messaging.MessagingTestApplication.registerBirth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.deploy.local.SharedInfrastructure;

/**
 * A consumer commits its position in Kafka at most once per {@code offset-commit-interval}, not
 * after every batch; what it handled is committed when it stops, so a restart does not take it
 * again. The interval here is an hour: while running, the consumer commits nothing.
 */
@SpringBootTest(classes = MessagingTestApplication.class)
class OffsetCommitsIT {

    private static final String TOPIC = "offset-commits-it.commands";
    private static final String GROUP = "offset-commits-it";
    private static final String BINDING = "registerBirth-in-0";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        MessagingTestApplication.bindRegisterBirth(registry, TOPIC, GROUP);
        registry.add("lienthong.messaging.consumer.offset-commit-interval", () -> "1h");
    }

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    BindingsLifecycleController bindings;

    private KafkaConsumer<String, byte[]> replies;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    @BeforeEach
    void listen() {
        replies = consumerOf(CivilRegistryTopics.REPLIES);
    }

    @AfterEach
    void stopListening() {
        replies.close();
    }

    @Test
    void whatWasHandledIsCommittedWhenTheConsumerStopsAndNotTakenAgainAfterARestart() throws Exception {
        RegisterBirth first = registerBirth(UUID.randomUUID());
        send(first);
        awaitReplyTo(first);

        assertThat(committedPosition()).as("committed while running, with an interval of an hour").isZero();

        bindings.changeState(BINDING, State.STOPPED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(committedPosition()).isEqualTo(1));

        bindings.changeState(BINDING, State.STARTED);
        RegisterBirth second = registerBirth(UUID.randomUUID());
        send(second);
        awaitReplyTo(second);
        assertThat(repliesTo(first)).as("the first command, delivered again after the restart").hasSize(1);
    }

    /** The group's committed position on the topic, summed over its partitions. */
    private static long committedPosition() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafka().bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(TOPIC) && entry.getValue() != null)
                    .mapToLong(entry -> entry.getValue().offset())
                    .sum();
        }
    }

    private void send(RegisterBirth command) {
        transactions.executeWithoutResult(tx -> outbox.send(TOPIC, command.dossierId().toString(), command));
    }

    private void awaitReplyTo(RegisterBirth command) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            replies.poll(Duration.ofMillis(200)).forEach(received::add);
            assertThat(repliesTo(command)).isNotEmpty();
        });
    }

    private List<ConsumerRecord<String, byte[]>> repliesTo(RegisterBirth command) {
        return received.stream().filter(r -> command.dossierId().toString().equals(r.key())).toList();
    }
}
