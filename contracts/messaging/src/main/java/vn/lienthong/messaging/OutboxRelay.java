package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
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
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final MessagingProperties.Relay settings;
    private final Semaphore work = new Semaphore(0);
    private final Counter published;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<byte[], byte[]> kafka,
                       MessagingProperties.Relay settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = settings;
        this.published = meters.counter("lienthong.outbox.published");
        Gauge.builder("lienthong.outbox.pending", this, OutboxRelay::pendingCount)
                .description("messages written but not yet acknowledged by Kafka")
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
        Integer sent = transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single();
            if (!mine) {
                return 0;
            }
            List<PendingMessage> batch = jdbc.sql("""
                            select id, message_id, topic, message_key, message_type, payload
                            from outbox_message order by id limit ?""")
                    .param(settings.batchSize())
                    .query((row, n) -> new PendingMessage(row.getLong(1), row.getObject(2, UUID.class),
                            row.getString(3), row.getString(4), row.getString(5), row.getBytes(6)))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] acks = batch.stream().map(this::publish).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(acks).orTimeout(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS).join();
            jdbc.sql("delete from outbox_message where id = any(?)")
                    .param(batch.stream().map(PendingMessage::id).toArray(Long[]::new))
                    .update();
            return batch.size();
        });
        published.increment(sent);
        return sent;
    }

    private CompletableFuture<?> publish(PendingMessage message) {
        var record = new ProducerRecord<>(message.topic(), null,
                message.key() == null ? null : message.key().getBytes(StandardCharsets.UTF_8), message.payload());
        record.headers().add(new RecordHeader(MessageHeaders.MESSAGE_TYPE, message.type().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(MessageHeaders.MESSAGE_ID,
                message.messageId().toString().getBytes(StandardCharsets.UTF_8)));
        return kafka.send(record);
    }

    private void run() {
        Duration backOff = settings.pollInterval();
        while (running) {
            try {
                int sent = relayOnce();
                backOff = settings.pollInterval();
                if (sent < settings.batchSize()) {
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

    private record PendingMessage(long id, UUID messageId, String topic, String key, String type, byte[] payload) {
    }
}
