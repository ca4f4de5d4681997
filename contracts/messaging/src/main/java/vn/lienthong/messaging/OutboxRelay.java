package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

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
 * Publishes the outbox to Kafka. A round takes the oldest rows not yet sent and sends them all; once
 * Kafka has acknowledged every one (acks=all) they are deleted in a transaction of their own. A
 * crash before that commit sends those rows again: delivery is at least once, and receivers are
 * idempotent. While Kafka acknowledges a round the relay reads and sends the next ones, up to
 * {@code rounds-in-flight}, so no round waits alone for the one before it. Rows are read in the
 * order of their ids, and a key's rows are written one transaction after another, so each key's
 * messages reach the producer, and Kafka's partition, in the order they were written.
 * <p>
 * A session-level advisory lock, held on a connection of its own for as long as the relay works,
 * lets only one relay of a service (one replica) work at a time: its rounds outlive a transaction.
 * Another replica's relay tries for the lock at every poll and takes over once it is released, or
 * once the connection holding it is gone. The started relay reads the outbox on that connection, and
 * only through the primary key's index (see {@link #INDEX_READS}).
 * <p>
 * A message that can never be sent as it is (see {@link SendFailures}: too large, an invalid
 * topic) is parked: moved to {@code outbox_parked} with the reason, counted, logged without its
 * payload, and the {@link ParkedMessageListener}s are told, all in the round's transaction. The
 * other messages of the round are delivered as usual, those with the same key too: only the
 * parked message itself leaves its key's order, and a redrive puts it behind what was written
 * since. A message that failed in passing (a broker down or slow) is kept, and so is every later
 * message with the same key in that round or the rounds sent after it, so that they go again in
 * order; the relay then waits for every round in flight, settles them together and backs off.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);
    // The limit is written into the text: with a parameter, a plan made for the limit at hand
    // always looks cheaper than the generic one, and the server would plan every round.
    private static final String OLDEST = """
            select id, message_id, topic, message_key, message_type, payload, trace_parent
            from outbox_message order by id limit\s""";
    private static final String OLDEST_NOT_IN_FLIGHT = """
            select id, message_id, topic, message_key, message_type, payload, trace_parent
            from outbox_message where id <> all(?) order by id limit\s""";

    /**
     * Set on the session that holds the relay's lock, and reset when the lock goes back. Every row
     * sent is deleted, and until vacuum comes by (once a minute at most) the outbox's pages fill with
     * dead rows, some thousands a minute on a busy service; the table never shrinks back while rows
     * are written at its end. Once the statistics count a few live rows among those many pages,
     * reading every page and sorting looks as cheap to the planner as the index, and every round
     * (at least one each poll interval, idle or not) read the whole table, the costliest statement
     * of the orchestrator's database at half load. Through the index a read skips the deleted
     * rows' entries, each marked dead by the first read that passes it.
     */
    private static final String INDEX_READS = "set enable_seqscan = off";
    private static final String INDEX_READS_UNDONE = "reset enable_seqscan";

    /** How often the connection that holds the lock is checked while the relay works. */
    private static final long LOCK_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DataSource dataSource;
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
    /** Counted down by {@link #stop()}, so that a pause between rounds ends at once. */
    private volatile CountDownLatch stopping = new CountDownLatch(0);
    private Thread thread;
    /** Rounds sent and not settled yet, oldest first; the relay's thread alone touches these three. */
    private final Deque<Flight> flights = new ArrayDeque<>();
    private Connection lockHolder;
    /** When the connection holding the lock is next checked (nanoTime). */
    private long lockCheckDue;

    public OutboxRelay(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
                       KafkaTemplate<byte[], byte[]> kafka, MessagingProperties.Relay settings, TopicCheck topics,
                       ObjectProvider<ParkedMessageListener> listeners, MeterRegistry meters) {
        this.dataSource = dataSource;
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

    /**
     * Publishes one batch and waits for its acknowledgements, in one transaction that holds a
     * transaction-scoped form of the relay's lock; returns how many messages Kafka acknowledged.
     * For a relay that is not started: while a started relay of the service works, this finds the
     * lock taken and publishes nothing.
     */
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
            List<PendingMessage> batch = jdbc.sql(OLDEST + settings.batchSize()).query(PendingMessage::read).list();
            if (batch.isEmpty()) {
                return Round.NOTHING;
            }
            List<CompletableFuture<?>> acks = batch.stream().map(this::publish).toList();
            awaitSettled(acks);
            return settle(batch, acks);
        });
        if (round.sent() + round.parked() > 0) {
            stage.batch(start, round.sent() + round.parked());
        }
        return counted(round);
    }

    /** Counts what a settled round published and parked; throws if a send failed in passing. */
    private Round counted(Round round) {
        published.increment(round.sent());
        parked.increment(round.parked());
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
        try {
            while (running) {
                try {
                    if (!holdsLock()) {
                        // Another replica's relay works; its outbox writes would wake this one for nothing.
                        sleep(settings.pollInterval());
                        continue;
                    }
                    settleLanded();
                    int sent = flights.size() < settings.roundsInFlight() ? launch() : 0;
                    backOff = settings.pollInterval();
                    if (sent < settings.batchSize()) {
                        awaitWork();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("Outbox relay round failed, retrying in {}: {}", backOff, e.toString());
                    // What was sent and not settled stays in the outbox and goes again: at least once.
                    flights.clear();
                    lockCheckDue = System.nanoTime();
                    sleep(backOff);
                    backOff = backOff.multipliedBy(2).compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : backOff.multipliedBy(2);
                }
            }
        } finally {
            settleOnStop();
            releaseLock();
        }
    }

    /**
     * Reads the oldest rows not in flight, sends them and adds them to the rounds in flight;
     * returns how many it sent. A row with a lower id than those in flight, committed after they
     * were read, is among the oldest not in flight and goes next.
     */
    private int launch() {
        long start = System.nanoTime();
        List<PendingMessage> batch = oldestNotInFlight();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acks = batch.stream().map(this::publish).toList();
        CompletableFuture<Void> landed = CompletableFuture.allOf(
                acks.stream().map(ack -> ack.handle((result, failure) -> null)).toArray(CompletableFuture[]::new));
        landed.whenComplete((result, failure) -> wake());
        flights.addLast(new Flight(batch, acks, landed, System.nanoTime() + settings.sendTimeout().toNanos()));
        stage.batch(start, batch.size());
        return batch.size();
    }

    /** Reads the oldest rows not in flight, on the session that holds the lock. */
    private List<PendingMessage> oldestNotInFlight() {
        boolean noneInFlight = flights.isEmpty();
        try (PreparedStatement read = lockHolder.prepareStatement(
                (noneInFlight ? OLDEST : OLDEST_NOT_IN_FLIGHT) + settings.batchSize())) {
            if (!noneInFlight) {
                // The array is a parameter on purpose: planned for the ids at hand, the server hashes it.
                read.setObject(1, flights.stream().flatMap(flight -> flight.batch().stream()).map(PendingMessage::id)
                        .toArray(Long[]::new));
            }
            List<PendingMessage> batch = new ArrayList<>();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    batch.add(PendingMessage.read(rows, batch.size()));
                }
            }
            return batch;
        } catch (SQLException e) {
            // The state only: a database error's message can quote the rows' values.
            throw new IllegalStateException("could not read the outbox (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Settles, in one transaction, the rounds at the head whose every send is acknowledged, failed
     * or past the send timeout. If any of them failed, the rounds behind them are waited for and
     * settled with them, so that a key's later messages are kept behind its failed one.
     */
    private void settleLanded() {
        long now = System.nanoTime();
        List<Flight> landed = new ArrayList<>();
        while (!flights.isEmpty() && flights.peekFirst().landedBy(now)) {
            landed.add(flights.pollFirst());
        }
        if (landed.isEmpty()) {
            return;
        }
        if (landed.stream().anyMatch(Flight::anyFailed)) {
            for (Flight flight : flights) {
                flight.await(settings.sendTimeout());
            }
            landed.addAll(flights);
            flights.clear();
        }
        settleTogether(landed);
    }

    private void settleTogether(List<Flight> landed) {
        long start = System.nanoTime();
        List<PendingMessage> batch = new ArrayList<>();
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (Flight flight : landed) {
            batch.addAll(flight.batch());
            acks.addAll(flight.acks());
        }
        Round round = transactions.execute(status -> settle(batch, acks));
        stage.work(start);
        counted(round);
    }

    /** Waits for new work, or for the oldest round in flight to be acknowledged. */
    private void awaitWork() throws InterruptedException {
        Flight oldest = flights.peekFirst();
        if (oldest != null && flights.size() >= settings.roundsInFlight()) {
            oldest.await(settings.pollInterval());
            return;
        }
        if (work.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS) && !settings.linger().isZero()) {
            Thread.sleep(settings.linger().toMillis());
        }
        work.drainPermits();
    }

    /** True if this relay holds the service's lock, taking it if it is free. */
    private boolean holdsLock() {
        long now = System.nanoTime();
        try {
            if (lockHolder != null) {
                if (now - lockCheckDue < 0) {
                    return true;
                }
                if (lockHolder.isValid(2)) {
                    lockCheckDue = now + LOCK_CHECK_NANOS;
                    return true;
                }
                log.warn("Outbox relay lost the connection holding its lock; {} rounds in flight go again", flights.size());
                flights.clear();
                releaseLock();
            }
            Connection connection = dataSource.getConnection();
            boolean mine = false;
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet result = lock.executeQuery()) {
                    mine = result.next() && result.getBoolean(1);
                }
            } finally {
                if (mine) {
                    lockHolder = connection;
                    lockCheckDue = now + LOCK_CHECK_NANOS;
                } else {
                    connection.close();
                }
            }
            if (mine) {
                try (Statement session = connection.createStatement()) {
                    session.execute(INDEX_READS);
                } catch (SQLException e) {
                    releaseLock();
                    throw e;
                }
            }
            return mine;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the outbox relay's lock: " + e.getMessage(), e);
        }
    }

    /**
     * Unlocks, undoes {@link #INDEX_READS} and hands the connection back to the pool; a connection
     * that cannot say it did both is aborted, so that the pool never hands out a session that still
     * holds the lock or plans without sequential scans.
     */
    private void releaseLock() {
        Connection connection = lockHolder;
        lockHolder = null;
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)");
             Statement session = connection.createStatement()) {
            unlock.setLong(1, RELAY_LOCK);
            unlock.execute();
            session.execute(INDEX_READS_UNDONE);
            connection.close();
        } catch (SQLException e) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the session ends with its connection, and its lock with it
            }
        }
    }

    /** At a stop, what was sent is settled if Kafka acknowledges it within a few seconds; the rest goes again. */
    private void settleOnStop() {
        if (flights.isEmpty() || lockHolder == null) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            for (Flight flight : flights) {
                flight.await(STOP_WAIT);
            }
            List<Flight> landed = new ArrayList<>(flights);
            flights.clear();
            settleTogether(landed);
        } catch (RuntimeException e) {
            log.warn("Outbox relay stopped with messages sent and not settled; they go again: {}", e.toString());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Pauses for {@code duration}, or until the relay is stopped. */
    private void sleep(Duration duration) {
        try {
            stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
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
        stopping = new CountDownLatch(1);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the relay settle what it sent, interrupting it only if it has not stopped within a few seconds. */
    @Override
    public void stop() {
        running = false;
        stopping.countDown();
        if (thread != null) {
            wake();
            try {
                thread.join(STOP_WAIT.toMillis() + settings.pollInterval().toMillis() + 1_000);
                if (thread.isAlive()) {
                    thread.interrupt();
                    thread.join(5_000);
                }
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

        static PendingMessage read(ResultSet row, int n) throws SQLException {
            return new PendingMessage(row.getLong(1), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                    row.getString(5), row.getBytes(6), row.getString(7));
        }
    }

    /**
     * A round sent and not settled yet: its rows, one acknowledgement each, when all of them came,
     * and when its send timeout ends (nanoTime).
     */
    private record Flight(List<PendingMessage> batch, List<CompletableFuture<?>> acks, CompletableFuture<Void> landed,
                          long deadline) {

        boolean landedBy(long now) {
            return landed.isDone() || now - deadline >= 0;
        }

        boolean anyFailed() {
            return acks.stream().anyMatch(ack -> !ack.isDone() || ack.isCompletedExceptionally());
        }

        /** Waits at most {@code limit}, and never past this round's send timeout. */
        void await(Duration limit) {
            long wait = Math.min(limit.toNanos(), deadline - System.nanoTime());
            if (wait <= 0) {
                return;
            }
            try {
                landed.get(wait, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // what is not acknowledged by now counts as failed in passing when it is settled
            }
        }
    }
}
