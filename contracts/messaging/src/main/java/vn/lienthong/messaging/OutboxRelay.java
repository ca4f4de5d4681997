package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.MessageHeaders;

/**
 * Publishes the outbox to Kafka. Each round takes the oldest rows in one transaction, sends them
 * all, waits until Kafka has acknowledged every one (acks=all), then deletes them and commits. A
 * crash before the commit sends those rows again: delivery is at least once, and receivers are
 * idempotent. A transaction-scoped advisory lock lets only one relay of a service work at a time,
 * which keeps each key's messages in the order they were written.
 * <p>
 * A message that can never be sent as it is (see {@link SendFailures}: too large, an invalid
 * topic) is parked: moved to {@code outbox_parked} with the reason, counted, logged without its
 * payload, and the {@link ParkedMessageListener}s are told, all in the round's transaction. The
 * other messages of the round are delivered as usual, those with the same key too: only the
 * parked message itself leaves its key's order, and a redrive puts it behind what was written
 * since. A message that failed in passing (a broker down or slow) is kept, and so is every later
 * message of the round with the same key, so that they go again in order; the round then backs
 * off as before.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoints;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final MessagingProperties.Relay settings;
    private final SendFailures failures;
    private final ObjectProvider<ParkedMessageListener> listeners;
    private final Semaphore work = new Semaphore(0);
    private final Counter published;
    private final Counter parked;
    private final StageMeter stage;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<byte[], byte[]> kafka,
                       MessagingProperties.Relay settings, TopicCheck topics,
                       ObjectProvider<ParkedMessageListener> listeners, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.savepoints = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.kafka = kafka;
        this.settings = settings;
        this.failures = new SendFailures(topics);
        this.listeners = listeners;
        this.published = meters.counter("lienthong.outbox.published");
        this.stage = new StageMeter(meters, "outbox relay");
        this.parked = Counter.builder("lienthong.outbox.parked")
                .description("messages set aside because they can never be sent as they are")
                .register(meters);
        Gauge.builder("lienthong.outbox.pending", this, OutboxRelay::pendingCount)
                .description("messages written but not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("lienthong.outbox.parked.waiting", this, OutboxRelay::parkedCount)
                .description("parked messages not redriven yet")
                .register(meters);
    }

    /** Asks the relay to look at the outbox now rather than at its next poll. */
    public void wake() {
        if (work.availablePermits() == 0) {
            work.release();
        }
    }

    /** Publishes one batch; returns how many messages Kafka acknowledged. */
    public int relayOnce() {
        return round().sent();
    }

    private Round round() {
        long start = System.nanoTime();
        Round round = transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single();
            if (!mine) {
                return Round.NOTHING;
            }
            // The limit is written into the text: with a parameter, a plan made for the limit at
            // hand always looks cheaper than the generic one, and the server would plan every round.
            List<PendingMessage> batch = jdbc.sql("""
                            select id, message_id, topic, message_key, message_type, payload, trace_parent
                            from outbox_message order by id limit\s""" + settings.batchSize())
                    .query((row, n) -> new PendingMessage(row.getLong(1), row.getObject(2, UUID.class),
                            row.getString(3), row.getString(4), row.getString(5), row.getBytes(6), row.getString(7)))
                    .list();
            if (batch.isEmpty()) {
                return Round.NOTHING;
            }
            List<CompletableFuture<?>> acks = batch.stream().map(this::publish).toList();
            awaitSettled(acks);
            return settle(batch, acks);
        });
        published.increment(round.sent());
        parked.increment(round.parked());
        if (round.sent() + round.parked() > 0) {
            stage.batch(start, round.sent() + round.parked());
        }
        if (round.passingFailure() != null) {
            throw new IllegalStateException("Kafka did not acknowledge every message: " + round.passingFailure(),
                    round.passingFailure());
        }
        return round;
    }

    /** Deletes what Kafka acknowledged, parks what it never will, keeps what failed in passing. */
    private Round settle(List<PendingMessage> batch, List<CompletableFuture<?>> acks) {
        List<Long> done = new ArrayList<>(batch.size());
        Set<String> keysHeldBack = new HashSet<>();
        List<ParkedMessage> set = new ArrayList<>();
        Throwable passingFailure = null;
        for (int i = 0; i < batch.size(); i++) {
            PendingMessage message = batch.get(i);
            Throwable failure = failure(acks.get(i));
            if (failure == null) {
                // Sent after an earlier message of its key that failed in passing: kept, so that it
                // goes again behind that one and its receiver sees the key's last message last.
                if (message.key() == null || !keysHeldBack.contains(message.key())) {
                    done.add(message.id());
                }
                continue;
            }
            var permanent = failures.permanentReason(message.topic(), failure);
            if (permanent.isPresent()) {
                set.add(park(message, permanent.get()));
                done.add(message.id());
            } else {
                passingFailure = passingFailure == null ? failure : passingFailure;
                if (message.key() != null) {
                    keysHeldBack.add(message.key());
                }
            }
        }
        if (!done.isEmpty()) {
            jdbc.sql("delete from outbox_message where id = " + AnyOfArray.of("bigint")).param(done.toArray(Long[]::new)).update();
        }
        set.forEach(this::tellListeners);
        return new Round(done.size() - set.size(), set.size(), passingFailure);
    }

    private ParkedMessage park(PendingMessage message, String reason) {
        long id = jdbc.sql("""
                        insert into outbox_parked (message_id, topic, message_key, message_type, payload, reason, written_at)
                        select message_id, topic, message_key, message_type, payload, ?, created_at
                        from outbox_message where id = ?
                        returning id""")
                .params(reason, message.id())
                .query(Long.class)
                .single();
        // Never the payload: it holds the family's personal data.
        log.warn("Parked outbox message {} ({}, {} bytes) for topic {} with key {} as parked message {}: {}",
                message.messageId(), message.type(), message.payload().length, message.topic(), message.key(), id,
                reason);
        return new ParkedMessage(id, message.messageId(), message.topic(), message.key(), message.type(),
                message.payload(), reason);
    }

    private void tellListeners(ParkedMessage message) {
        listeners.orderedStream().forEach(listener -> {
            try {
                savepoints.executeWithoutResult(status -> listener.parked(message));
            } catch (RuntimeException e) {
                // The class only: a database error's message can quote the rows' values.
                log.warn("A listener of parked messages failed on parked message {} ({}); the message stays parked",
                        message.id(), e.getClass().getSimpleName());
            }
        });
    }

    private CompletableFuture<?> publish(PendingMessage message) {
        var record = new ProducerRecord<>(message.topic(), null,
                message.key() == null ? null : message.key().getBytes(StandardCharsets.UTF_8), message.payload());
        record.headers().add(new RecordHeader(MessageHeaders.MESSAGE_TYPE, message.type().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(MessageHeaders.MESSAGE_ID,
                message.messageId().toString().getBytes(StandardCharsets.UTF_8)));
        if (message.traceParent() != null) {
            record.headers().add(new RecordHeader(MessageHeaders.TRACE_PARENT,
                    message.traceParent().getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            // Some failures (an unknown serializer error, say) are thrown rather than returned.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits until every send is acknowledged or failed, or the send timeout passed. */
    private void awaitSettled(List<CompletableFuture<?>> acks) {
        CompletableFuture<?>[] settled = acks.stream().map(ack -> ack.handle((result, failure) -> null))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(settled).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the sends not acknowledged by now have failed in passing
        }
    }

    /** Null if Kafka acknowledged the send. */
    private static Throwable failure(CompletableFuture<?> ack) {
        if (!ack.isDone()) {
            return new TimeoutException("no acknowledgement from Kafka within the send timeout");
        }
        try {
            ack.join();
            return null;
        } catch (CompletionException | CancellationException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    private void run() {
        Duration backOff = settings.pollInterval();
        while (running) {
            try {
                Round round = round();
                backOff = settings.pollInterval();
                if (round.sent() + round.parked() < settings.batchSize()) {
                    if (work.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)
                            && !settings.linger().isZero()) {
                        Thread.sleep(settings.linger().toMillis());
                    }
                    work.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed, retrying in {}: {}", backOff, e.toString());
                sleep(backOff);
                backOff = backOff.multipliedBy(2).compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : backOff.multipliedBy(2);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private double parkedCount() {
        try {
            return jdbc.sql("select count(*) from outbox_parked where redriven_at is null").query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double pendingCount() {
        try {
            return jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the message listeners, so what they wrote last still gets out. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** What a round did; {@code passingFailure} is the first send that may succeed later, or null. */
    private record Round(int sent, int parked, Throwable passingFailure) {

        static final Round NOTHING = new Round(0, 0, null);
    }

    private record PendingMessage(long id, UUID messageId, String topic, String key, String type, byte[] payload,
                                  String traceParent) {
    }
}
