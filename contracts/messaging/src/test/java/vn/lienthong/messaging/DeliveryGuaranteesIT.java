package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.messaging.MessagingTestApplication.consumerOf;
import static vn.lienthong.messaging.MessagingTestApplication.registerBirth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.deploy.local.SharedInfrastructure;

@SpringBootTest(classes = MessagingTestApplication.class)
class DeliveryGuaranteesIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        MessagingTestApplication.bindRegisterBirth(registry, CivilRegistryTopics.COMMANDS, "messaging-test");
        registry.add("lienthong.messaging.consumer.retry-interval", () -> "50ms");
    }

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageCodec codec;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    ParkedMessages parkedMessages;
    @Autowired
    OutboxRelay relay;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<ParkedMessageListener> parkedListeners;

    private KafkaConsumer<String, byte[]> replies;
    private KafkaConsumer<String, byte[]> deadLetters;
    private final List<ConsumerRecord<String, byte[]>> receivedReplies = new ArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> receivedDeadLetters = new ArrayList<>();

    @BeforeEach
    void listen() {
        replies = consumerOf(CivilRegistryTopics.REPLIES);
        deadLetters = consumerOf(CivilRegistryTopics.COMMANDS_DEAD_LETTER);
    }

    @AfterEach
    void stopListening() {
        replies.close();
        deadLetters.close();
    }

    @Test
    void aCommittedMessageIsPublishedWithItsKeyAndTypeAndARolledBackOneIsNot() {
        UUID committed = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> outbox.send(CivilRegistryTopics.REPLIES, committed.toString(), registered(committed)));
        transactions.executeWithoutResult(tx -> {
            outbox.send(CivilRegistryTopics.REPLIES, rolledBack.toString(), registered(rolledBack));
            tx.setRollbackOnly();
        });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            poll();
            assertThat(keys(receivedReplies)).contains(committed.toString());
        });
        ConsumerRecord<String, byte[]> record = only(receivedReplies, committed.toString());
        assertThat(header(record, MessageHeaders.MESSAGE_TYPE)).isEqualTo("BirthRegistered");
        assertThat(codec.decode(record.value(), BirthRegistered.class).dossierId()).isEqualTo(committed);
        assertThat(keys(receivedReplies)).doesNotContain(rolledBack.toString());
        assertThat(jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isZero();
    }

    @Test
    void aCommandDeliveredTwiceHasOneEffectAndTheSameReplyTwice() {
        RegisterBirth command = registerBirth(UUID.randomUUID());
        int effectsBefore = MessagingTestApplication.EFFECTS.get();

        sendCommand(command);
        sendCommand(command);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            poll();
            assertThat(keys(receivedReplies)).filteredOn(command.dossierId().toString()::equals).hasSize(2);
        });
        List<BirthRegistered> answers = receivedReplies.stream()
                .filter(r -> r.key().equals(command.dossierId().toString()))
                .map(r -> codec.decode(r.value(), BirthRegistered.class))
                .toList();
        assertThat(answers.get(0)).isEqualTo(answers.get(1));
        assertThat(MessagingTestApplication.EFFECTS.get() - effectsBefore).isEqualTo(1);
    }

    @Test
    void commandsClaimedTogetherAreHandledOnceEachAndTheirRepliesStoredWhenTheBatchCommits(
            @Autowired IdempotentCommandHandler commands) {
        UUID earlier = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID claimedNotHandled = UUID.randomUUID();
        UUID dossier = UUID.randomUUID();
        List<String> ran = new ArrayList<>();
        transactions.executeWithoutResult(tx -> commands.handle(earlier, CivilRegistryTopics.REPLIES, dossier.toString(),
                () -> { ran.add("earlier"); return registered(dossier); }));

        List<Boolean> handled = transactions.execute(tx -> {
            commands.claim(List.of(earlier, fresh, claimedNotHandled));
            return List.of(
                    commands.handle(earlier, CivilRegistryTopics.REPLIES, dossier.toString(),
                            () -> { ran.add("earlier again"); return registered(dossier); }),
                    commands.handle(fresh, CivilRegistryTopics.REPLIES, dossier.toString(),
                            () -> { ran.add("fresh"); return registered(dossier); }),
                    commands.handle(fresh, CivilRegistryTopics.REPLIES, dossier.toString(),
                            () -> { ran.add("fresh again"); return registered(dossier); }));
        });

        assertThat(handled).containsExactly(false, true, false);
        assertThat(ran).containsExactly("earlier", "fresh");
        assertThat(jdbc.sql("select count(*) from processed_command where command_id = ? and reply_type = 'BirthRegistered'")
                .param(fresh).query(Long.class).single()).isEqualTo(1);
        // A claim the batch did not use is given back: that command is handled when it comes.
        assertThat(jdbc.sql("select count(*) from processed_command where command_id = ?").param(claimedNotHandled)
                .query(Long.class).single()).isZero();
        // Four replies in all: the first handling, the earlier one sent again, the fresh one twice, the same.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            poll();
            assertThat(keys(receivedReplies)).filteredOn(dossier.toString()::equals).hasSize(4);
        });
        List<BirthRegistered> answers = receivedReplies.stream().filter(r -> r.key().equals(dossier.toString()))
                .map(r -> codec.decode(r.value(), BirthRegistered.class)).toList();
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(answers.get(3)).isEqualTo(answers.get(2));

        // A rolled-back batch keeps no claim.
        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            commands.claim(List.of(rolledBack));
            commands.handle(rolledBack, CivilRegistryTopics.REPLIES, dossier.toString(), () -> {
                throw new IllegalStateException("the agency's database is away");
            });
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select count(*) from processed_command where command_id = ?").param(rolledBack)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnreadableMessageIsDeadLetteredAndDoesNotBlockTheNextOne() {
        UUID brokenDossier = UUID.randomUUID();
        var broken = new org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]>(CivilRegistryTopics.COMMANDS,
                brokenDossier.toString().getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));
        broken.headers().add(MessageHeaders.MESSAGE_TYPE, "RegisterBirth".getBytes(StandardCharsets.UTF_8));
        kafka.send(broken).join();
        RegisterBirth good = registerBirth(brokenDossier);
        sendCommand(good);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            poll();
            assertThat(keys(receivedDeadLetters)).contains(brokenDossier.toString());
            assertThat(keys(receivedReplies)).contains(brokenDossier.toString());
        });
        ConsumerRecord<String, byte[]> dead = only(receivedDeadLetters, brokenDossier.toString());
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead, MessageHeaders.DEAD_LETTER_REASON)).startsWith("UnreadableMessageException: not a readable RegisterBirth");
    }

    @Test
    void aBadRecordInABatchIsDeadLetteredAndTheOthersAreHandledOnceEach() {
        List<RegisterBirth> good = List.of(registerBirth(UUID.randomUUID()), registerBirth(UUID.randomUUID()),
                registerBirth(UUID.randomUUID()), registerBirth(UUID.randomUUID()));
        UUID brokenDossier = UUID.randomUUID();
        // One transaction: the relay publishes them together, so the consumer gets them in one poll.
        transactions.executeWithoutResult(tx -> {
            outbox.send(CivilRegistryTopics.COMMANDS, good.get(0).dossierId().toString(), good.get(0));
            outbox.send(CivilRegistryTopics.COMMANDS, good.get(1).dossierId().toString(), good.get(1));
            outbox.send(CivilRegistryTopics.COMMANDS, brokenDossier.toString(), registered(brokenDossier));
            outbox.send(CivilRegistryTopics.COMMANDS, good.get(2).dossierId().toString(), good.get(2));
            outbox.send(CivilRegistryTopics.COMMANDS, good.get(3).dossierId().toString(), good.get(3));
        });

        List<String> goodKeys = good.stream().map(command -> command.dossierId().toString()).toList();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            poll();
            assertThat(keys(receivedReplies)).containsAll(goodKeys);
            assertThat(keys(receivedDeadLetters)).contains(brokenDossier.toString());
        });
        for (RegisterBirth command : good) {
            ConsumerRecord<String, byte[]> reply = only(receivedReplies, command.dossierId().toString());
            assertThat(codec.decode(reply.value(), BirthRegistered.class).commandId()).isEqualTo(command.commandId());
        }
        assertThat(header(only(receivedDeadLetters, brokenDossier.toString()), MessageHeaders.DEAD_LETTER_REASON))
                .isEqualTo("UnreadableMessageException: expected a RegisterBirth command");
        assertThat(jdbc.sql("select count(*) from processed_command where command_id in (?, ?, ?, ?)")
                .params(good.stream().map(RegisterBirth::commandId).toList()).query(Long.class).single())
                .isEqualTo(4);
        assertThat(keys(receivedReplies)).doesNotContain(brokenDossier.toString());
    }

    @Test
    void aMessageTooLargeForTheProducerIsParkedWithItsReasonAndTheMessagesAroundItAreDelivered() {
        UUID sameKey = UUID.randomUUID();
        UUID otherKey = UUID.randomUUID();
        BirthRegistered before = registered(sameKey);
        BirthRegistered tooLarge = new BirthRegistered(UUID.randomUUID(), sameKey, "x".repeat(1_500_000), 1, "KS-1",
                java.time.LocalDate.of(2026, 11, 22), false);
        BirthRegistered after = registered(sameKey);
        BirthRegistered other = registered(otherKey);
        transactions.executeWithoutResult(tx -> {
            outbox.send(CivilRegistryTopics.REPLIES, sameKey.toString(), before);
            outbox.send(CivilRegistryTopics.REPLIES, sameKey.toString(), tooLarge);
            outbox.send(CivilRegistryTopics.REPLIES, sameKey.toString(), after);
            outbox.send(CivilRegistryTopics.REPLIES, otherKey.toString(), other);
        });

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            poll();
            assertThat(keys(receivedReplies)).filteredOn(sameKey.toString()::equals).hasSize(2);
            assertThat(keys(receivedReplies)).contains(otherKey.toString());
        });
        assertThat(receivedReplies.stream().filter(r -> r.key().equals(sameKey.toString()))
                .map(r -> codec.decode(r.value(), BirthRegistered.class).commandId()))
                .as("the key's other messages, in the order they were written")
                .containsExactly(before.commandId(), after.commandId());
        // Parked in the relay's transaction, which may commit a moment after the consumer saw the rest.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(parkedRows(sameKey)).hasSize(1));
        var parked = parkedRows(sameKey);
        assertThat(parked.get(0).type()).isEqualTo("BirthRegistered");
        assertThat(parked.get(0).topic()).isEqualTo(CivilRegistryTopics.REPLIES);
        assertThat(parked.get(0).size()).isGreaterThan(1_500_000);
        assertThat(parked.get(0).reason()).startsWith("RecordTooLargeException").contains("max.request.size");
        assertThat(MessagingTestApplication.PARKED).anySatisfy(told -> {
            assertThat(told.id()).isEqualTo(parked.get(0).id());
            assertThat(told.key()).isEqualTo(sameKey.toString());
            assertThat(codec.decode(told.payload(), BirthRegistered.class).commandId()).isEqualTo(tooLarge.commandId());
        });
        assertThat(jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isZero();

        // Sent back as it is, it can only be parked again; a second redrive of the same one is refused.
        assertThat(parkedMessages.redrive(parked.get(0).id(), "ops-1", "thử lại", java.time.Instant.now())).isPresent();
        assertThat(parkedMessages.redrive(parked.get(0).id(), "ops-2", "lần nữa", java.time.Instant.now())).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> parkedRows(sameKey).size() == 2);
        var again = parkedRows(sameKey);
        assertThat(again.get(0).messageId()).isEqualTo(again.get(1).messageId());
        assertThat(again.get(1).redrivenBy()).isEqualTo("ops-1");
        assertThat(again.get(0).redriven()).isFalse();
    }

    @Test
    void aMessageTheBrokerRefusesAsTooLargeIsParkedAndTheOthersOfItsKeyAreDeliveredInOrder() throws Exception {
        String topic = "outbox-parking-small-" + UUID.randomUUID();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", "4096")))).all().get();
        }
        KafkaConsumer<String, byte[]> small = consumerOf(topic);
        List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
        try {
            UUID key = UUID.randomUUID();
            BirthRegistered first = registered(key);
            BirthRegistered tooLarge = new BirthRegistered(UUID.randomUUID(), key, "x".repeat(20_000), 1, "KS-1",
                    java.time.LocalDate.of(2026, 11, 22), false);
            BirthRegistered last = registered(key);
            transactions.executeWithoutResult(tx -> {
                outbox.send(topic, key.toString(), first);
                outbox.send(topic, key.toString(), tooLarge);
                outbox.send(topic, key.toString(), last);
            });

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                small.poll(Duration.ofMillis(200)).forEach(received::add);
                assertThat(received).hasSize(2);
            });
            assertThat(received.stream().map(r -> codec.decode(r.value(), BirthRegistered.class).commandId()))
                    .containsExactly(first.commandId(), last.commandId());
            // The relay records the parked message in the same transaction that follows the acks:
            // the consumer may see the last message a moment before that transaction commits.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(parkedRows(key)).hasSize(1));
            var parked = parkedRows(key);
            assertThat(parked.get(0).reason()).startsWith("RecordTooLargeException");
            assertThat(parked.get(0).topic()).isEqualTo(topic);
        } finally {
            small.close();
        }
    }

    @Test
    void whileTheBrokerIsUnreachableNothingIsParkedAndOnceItIsBackTheKeysMessagesGoInOrder() {
        UUID key = UUID.randomUUID();
        BirthRegistered first = registered(key);
        BirthRegistered second = registered(key);
        relay.stop();
        var unreachable = unreachableProducer(500);
        try {
            transactions.executeWithoutResult(tx -> {
                outbox.send(CivilRegistryTopics.REPLIES, key.toString(), first);
                outbox.send(CivilRegistryTopics.REPLIES, key.toString(), second);
            });
            var cutOff = relayOf(new KafkaTemplate<>(unreachable),
                    new MessagingProperties.Relay(500, Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(1),
                            Duration.ZERO, 1));

            assertThatThrownBy(cutOff::relayOnce).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Kafka did not acknowledge every message");
            assertThat(parkedRows(key)).isEmpty();
            assertThat(outboxRows(key)).isEqualTo(2);
        } finally {
            unreachable.destroy();
            relay.start();
        }

        assertThat(receivedInTime(key, 2)).containsExactly(first.commandId(), second.commandId());
    }

    @Test
    void withRoundsInFlightEachKeysMessagesArriveOnceInOrderAndARowCommittedLateWithALowerIdGoesToo() throws Exception {
        UUID key = UUID.randomUUID();
        UUID lateKey = UUID.randomUUID();
        relay.stop();
        var pipelined = relayOf(kafka,
                new MessagingProperties.Relay(2, Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofSeconds(1),
                        Duration.ZERO, 4));
        var holdOpen = new java.util.concurrent.CountDownLatch(1);
        var written = new java.util.concurrent.CountDownLatch(1);
        BirthRegistered late = registered(lateKey);
        var lateWriter = java.util.concurrent.CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            // Takes its id now, before every message below, and commits after they were sent.
            outbox.send(CivilRegistryTopics.REPLIES, lateKey.toString(), late);
            written.countDown();
            try {
                holdOpen.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        List<BirthRegistered> inOrder = new ArrayList<>();
        try {
            assertThat(written.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            pipelined.start();
            for (int i = 0; i < 12; i++) {
                BirthRegistered next = registered(key);
                inOrder.add(next);
                transactions.executeWithoutResult(tx -> {
                    outbox.send(CivilRegistryTopics.REPLIES, key.toString(), next);
                    outbox.send(CivilRegistryTopics.REPLIES, UUID.randomUUID().toString(), registered(UUID.randomUUID()));
                });
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                poll();
                assertThat(keys(receivedReplies)).filteredOn(key.toString()::equals).hasSize(12);
            });
            assertThat(keys(receivedReplies)).doesNotContain(lateKey.toString());

            holdOpen.countDown();
            lateWriter.get(10, java.util.concurrent.TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                poll();
                assertThat(keys(receivedReplies)).contains(lateKey.toString());
            });
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isZero());
        } finally {
            holdOpen.countDown();
            pipelined.stop();
            relay.start();
        }
        poll();
        assertThat(receivedReplies.stream().filter(r -> r.key().equals(key.toString()))
                .map(r -> codec.decode(r.value(), BirthRegistered.class).commandId()))
                .as("each of the key's messages once, in the order they were written, across rounds in flight together")
                .containsExactlyElementsOf(inOrder.stream().map(BirthRegistered::commandId).toList());
        assertThat(receivedReplies.stream().filter(r -> r.key().equals(lateKey.toString()))).hasSize(1);
    }

    @Test
    void aStartedRelayHoldsItsLockAcrossRoundsKeepsWhatKafkaDidNotTakeAndItsSuccessorSendsItInOrder() {
        UUID key = UUID.randomUUID();
        List<BirthRegistered> inOrder = List.of(registered(key), registered(key), registered(key));
        relay.stop();
        var unreachable = unreachableProducer(200);
        var cutOff = relayOf(new KafkaTemplate<>(unreachable),
                new MessagingProperties.Relay(1, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(500),
                        Duration.ZERO, 4));
        try {
            cutOff.start();
            transactions.executeWithoutResult(tx -> inOrder.forEach(message ->
                    outbox.send(CivilRegistryTopics.REPLIES, key.toString(), message)));

            // Between the started relay's rounds, another relay of the service finds the lock taken.
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(relay.relayOnce()).isZero();
                assertThat(outboxRows(key)).isEqualTo(3);
            });
            assertThat(parkedRows(key)).isEmpty();
        } finally {
            cutOff.stop();
            unreachable.destroy();
            relay.start();
        }

        assertThat(receivedInTime(key, 3))
                .containsExactlyElementsOf(inOrder.stream().map(BirthRegistered::commandId).toList());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(outboxRows(key)).isZero());
    }

    @Test
    void theRelayReadsTheOutboxThroughItsIndexWhenItsPagesHoldMostlyDeletedRows() {
        UUID key = UUID.randomUUID();
        relay.stop();
        var reader = relayOf(kafka,
                new MessagingProperties.Relay(500, Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofSeconds(1),
                        Duration.ZERO, 4));
        try {
            // As a busy service leaves its outbox between two vacuums: thousands of rows sent and
            // deleted, a few written since at the end, and statistics that count the few live rows
            // among the many pages. Planned by those statistics alone, reading every page and
            // sorting looks as cheap as the index.
            transactions.executeWithoutResult(tx -> outbox.send(CivilRegistryTopics.REPLIES, key.toString(), registered(key)));
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("""
                                insert into outbox_message (message_id, topic, message_key, message_type, payload)
                                select gen_random_uuid(), topic, message_key, message_type, payload
                                from outbox_message cross join generate_series(1, 20000) where message_key = ?""")
                        .param(key.toString()).update();
                jdbc.sql("""
                                delete from outbox_message where message_key = ?
                                and id < (select max(id) - 4 from outbox_message where message_key = ?)""")
                        .params(key.toString(), key.toString()).update();
                assertThat(outboxRows(key)).isEqualTo(5);
                // This session's own scans are counted when it commits, before the count below.
                jdbc.sql("select pg_stat_force_next_flush()").query().singleValue();
            });
            jdbc.sql("vacuum analyze outbox_message").update();
            assertThat(jdbc.sql("select relpages from pg_class where relname = 'outbox_message'").query(Long.class).single())
                    .isGreaterThan(500);
            long seqScans = outboxScans("seq_scan");
            long indexScans = outboxScans("idx_scan");

            reader.start();

            assertThat(receivedInTime(key, 5)).hasSize(5);
            // Idle, the relay reads the outbox every 50 ms; each read is counted once its session
            // reports its statistics, about once a second.
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(outboxScans("idx_scan")).isGreaterThan(indexScans + 10));
            assertThat(outboxScans("seq_scan"))
                    .as("reads of the whole outbox table, every page of it, by the relay")
                    .isEqualTo(seqScans);
            assertThat(outboxRows(key)).isZero();
        } finally {
            reader.stop();
            relay.start();
        }
    }

    /** A relay of this service beside the started one, sending with {@code kafka}, topics not checked. */
    private OutboxRelay relayOf(KafkaTemplate<byte[], byte[]> kafka, MessagingProperties.Relay settings) {
        return new OutboxRelay(dataSource, jdbc, transactions, kafka, settings, topic -> java.util.Optional.empty(),
                parkedListeners, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    private long outboxScans(String counter) {
        return jdbc.sql("select " + counter + " from pg_stat_user_tables where relname = 'outbox_message'")
                .query(Long.class).single();
    }

    private static DefaultKafkaProducerFactory<byte[], byte[]> unreachableProducer(int maxBlockMs) {
        return new DefaultKafkaProducerFactory<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs));
    }

    private long outboxRows(UUID key) {
        return jdbc.sql("select count(*) from outbox_message where message_key = ?").param(key.toString())
                .query(Long.class).single();
    }

    /** The command ids of the key's replies, in the order received, once {@code count} of them came. */
    private List<UUID> receivedInTime(UUID key, int count) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            poll();
            assertThat(keys(receivedReplies)).filteredOn(key.toString()::equals).hasSize(count);
        });
        return receivedReplies.stream().filter(r -> r.key().equals(key.toString()))
                .map(r -> codec.decode(r.value(), BirthRegistered.class).commandId()).toList();
    }

    private List<ParkedMessages.Summary> parkedRows(UUID key) {
        return parkedMessages.page(null, 0, 200).items().stream()
                .filter(row -> key.toString().equals(row.key()))
                .toList();
    }

    private void sendCommand(RegisterBirth command) {
        transactions.executeWithoutResult(tx -> outbox.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command));
    }

    private void poll() {
        replies.poll(Duration.ofMillis(200)).forEach(receivedReplies::add);
        deadLetters.poll(Duration.ofMillis(200)).forEach(receivedDeadLetters::add);
    }

    private static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    private static ConsumerRecord<String, byte[]> only(List<ConsumerRecord<String, byte[]>> records, String key) {
        var matching = records.stream().filter(r -> key.equals(r.key())).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static BirthRegistered registered(UUID dossierId) {
        return new BirthRegistered(UUID.randomUUID(), dossierId, "01/2026", 1, "KS-1", java.time.LocalDate.of(2026, 11, 22), false);
    }
}
