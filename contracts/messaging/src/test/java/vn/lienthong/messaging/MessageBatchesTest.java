package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class MessageBatchesTest {

    private final CountingTransactions manager = new CountingTransactions();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MessageBatches batches = new MessageBatches(new TransactionTemplate(manager), meters);
    private final List<String> handled = new ArrayList<>();

    @Test
    void aBatchIsHandledInOneTransactionInTheOrderOfItsLockKeysThenItsKafkaKeys() {
        // payload "key/lockKey/n": two records of dossier b keep their order.
        var batch = batch("b/27001/1", "a/27002/2", "b/27001/3", "c/27001/4");

        batches.handle(batch, record -> record, record -> part(record, 1), record -> handled.add(part(record, 2)));

        assertThat(handled).containsExactly("1", "3", "4", "2");
        assertThat(manager.commits).isEqualTo(1);
    }

    @Test
    void withoutALockKeyTheKafkaKeyOrders() {
        batches.handle(batch("b/x/1", "a/x/2", "b/x/3"), record -> handled.add(part(record, 2)));

        assertThat(handled).containsExactly("2", "1", "3");
    }

    @Test
    void aFailingRecordRollsTheBatchBackAndTheRecordsBeforeItAreRedoneOneByOneInKafkaOrder() {
        var batch = batch("c/x/1", "a/x/2", "b/x/bad", "d/x/4");

        assertThatThrownBy(() -> batches.handle(batch, record -> {
            if (part(record, 2).equals("bad")) {
                throw new UnreadableMessageException("bad record");
            }
            handled.add(part(record, 2));
        }))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(2))
                .hasRootCauseInstanceOf(UnreadableMessageException.class);

        // In the batch's transaction (rolled back): a, b (failed). Then one at a time: c, a, b (failed).
        assertThat(manager.rollbacks).isEqualTo(2);
        assertThat(manager.commits).isEqualTo(2);
        assertThat(handled).containsExactly("2", "1", "2");
    }

    @Test
    void eachRecordIsReadOnceAndOneThatCannotBeReadFailsAtItsIndex() {
        List<String> read = new ArrayList<>();
        var batch = batch("c/x/1", "a/x/unreadable", "b/x/3");

        assertThatThrownBy(() -> batches.handle(batch, record -> {
            String n = part(record, 2);
            read.add(n);
            if (n.equals("unreadable")) {
                throw new UnreadableMessageException("cannot read");
            }
            return n;
        }, n -> "", handled::add))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1))
                .hasRootCauseInstanceOf(UnreadableMessageException.class);

        assertThat(read).containsExactly("1", "unreadable", "3");
        // The batch stops at the unreadable record, sorted first by key; then one at a time: 1, then it.
        assertThat(handled).containsExactly("1");
        assertThat(manager.commits).isEqualTo(1);
    }

    @Test
    void prepareSeesTheBatchsKafkaKeysInItsOrderInsideItsTransactionAndIsSkippedWhenRecordsAreRedoneOneByOne() {
        List<String> prepared = new ArrayList<>();
        List<Boolean> inTransaction = new ArrayList<>();
        batches.handle(batch("b/x/1", "a/x/2"), keys -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            prepared.addAll(keys);
        }, record -> handled.add(part(record, 2)));

        assertThat(prepared).containsExactly("a", "b");
        assertThat(inTransaction).containsExactly(true);
        assertThat(handled).containsExactly("2", "1");

        prepared.clear();
        handled.clear();
        assertThatThrownBy(() -> batches.handle(batch("a/x/1", "b/x/bad"), keys -> prepared.add("batch of " + keys.size()),
                record -> {
                    if (part(record, 2).equals("bad")) {
                        throw new UnreadableMessageException("bad record");
                    }
                    handled.add(part(record, 2));
                }))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(prepared).containsExactly("batch of 2");
        assertThat(handled).containsExactly("1", "1");
    }

    @Test
    void prepareSeesWhatWasReadInHandlingOrderWithoutTheUnreadableAndIsSkippedWhenRecordsAreRedoneOneByOne() {
        List<List<String>> prepared = new ArrayList<>();
        List<Boolean> inTransaction = new ArrayList<>();
        batches.handle(batch("b/27001/1", "a/27002/2", "c/27001/3"), record -> part(record, 2),
                n -> n.equals("2") ? "27002" : "27001", values -> {
                    inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
                    prepared.add(values);
                }, handled::add);

        assertThat(prepared).containsExactly(List.of("1", "3", "2"));
        assertThat(inTransaction).containsExactly(true);
        assertThat(handled).containsExactly("1", "3", "2");

        prepared.clear();
        handled.clear();
        assertThatThrownBy(() -> batches.handle(batch("a/x/1", "b/x/unreadable", "c/x/3"), record -> {
            String n = part(record, 2);
            if (n.equals("unreadable")) {
                throw new UnreadableMessageException("cannot read");
            }
            return n;
        }, n -> "x", prepared::add, handled::add))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1));
        // Prepared once for the batch (the unreadable record left out), not again one at a time.
        assertThat(prepared).containsExactly(List.of("1", "3"));
        assertThat(handled).containsExactly("1");
    }

    @Test
    void eachBatchIsMeteredAsAStageNamedForItsTopicWithItsSizeAndTheTimeBetweenBatches() {
        var first = MessageBuilder.fromMessage(batch("a/1/1", "b/1/2", "c/1/3"))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("residence.commands", "residence.commands")).build();
        var second = MessageBuilder.fromMessage(batch("d/1/4"))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("residence.commands")).build();

        batches.handle(first, record -> handled.add(part(record, 2)));
        batches.handle(second, record -> handled.add(part(record, 2)));

        var sizes = meters.get("lienthong.stage.batch.size").tag("stage", "consumer residence.commands").summary();
        assertThat(sizes.count()).isEqualTo(2);
        assertThat(sizes.totalAmount()).isEqualTo(4);
        assertThat(meters.get("lienthong.stage.busy").tag("stage", "consumer residence.commands").timer().count())
                .isEqualTo(2);
        // The first batch has no batch before it: only the wait before the second is idle time.
        assertThat(meters.get("lienthong.stage.idle").tag("stage", "consumer residence.commands").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aSmallBatchIsFollowedByTheLingerSoThatTheNextPollCollectsWhatCameMeanwhile() {
        var lingering = new MessageBatches(new TransactionTemplate(manager), meters, Duration.ofMillis(200), 3);

        long start = System.nanoTime();
        lingering.handle(batch("a/1/1", "b/1/2"), record -> handled.add(part(record, 2)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(handled).containsExactly("1", "2");
    }

    @Test
    void aFullEnoughBatchIsFollowedByNoWaitSoABacklogIsTakenAsFastAsItComes() {
        var lingering = new MessageBatches(new TransactionTemplate(manager), meters, Duration.ofSeconds(30), 3);

        long start = System.nanoTime();
        lingering.handle(batch("a/1/1", "b/1/2", "c/1/3"), record -> handled.add(part(record, 2)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(handled).containsExactly("1", "2", "3");
    }

    private static String part(Message<byte[]> record, int index) {
        return new String(record.getPayload(), StandardCharsets.UTF_8).split("/")[index];
    }

    private static Message<List<byte[]>> batch(String... records) {
        List<byte[]> payloads = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (String record : records) {
            payloads.add(record.getBytes(StandardCharsets.UTF_8));
            keys.add(record.split("/")[0].getBytes(StandardCharsets.UTF_8));
            headers.add(Map.of("lienthong-message-type", "Test".getBytes(StandardCharsets.UTF_8)));
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build();
    }

    /** Counts commits and rollbacks; no resource behind it. */
    private static final class CountingTransactions extends AbstractPlatformTransactionManager {

        int commits;
        int rollbacks;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks++;
        }
    }
}
