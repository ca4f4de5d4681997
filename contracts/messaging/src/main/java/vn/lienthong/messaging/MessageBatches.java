package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Handles what one poll of a consumer returned in one database transaction, so a busy consumer
 * commits once per batch rather than once per record. Records are handled in the order of a lock
 * key, then of their Kafka keys (stable, so one key's records keep Kafka's order): consumers that
 * handle batches concurrently then take their row locks in the same order, and never deadlock.
 * Without a lock key, the Kafka key is the order: right for consumers that lock one row per key.
 * When the batch's transaction fails, its records are handled again one at a time, each in its
 * own transaction and in Kafka's order, so the records before a bad one are kept and the error
 * handler ({@link DeadLetterRouting}) learns which record failed. A command that can never be
 * processed ({@link CommandNotProcessableException}) is answered with its rejection in a
 * transaction of its own instead, and the records after it are handled.
 */
public final class MessageBatches {

    private static final Logger log = LoggerFactory.getLogger(MessageBatches.class);

    private final TransactionTemplate transactions;
    private final Counter fallbacks;
    private final MeterRegistry meters;
    private final Duration linger;
    private final int lingerBelow;
    private final Map<String, StageMeter> stages = new ConcurrentHashMap<>();
    private final MessageTracing tracing;

    public MessageBatches(TransactionTemplate transactions, MeterRegistry meters) {
        this(transactions, meters, Duration.ZERO, 0, MessageTracing.NONE);
    }

    /** As above, lingering as the next constructor says, and without tracing. */
    public MessageBatches(TransactionTemplate transactions, MeterRegistry meters, Duration linger, int lingerBelow) {
        this(transactions, meters, linger, lingerBelow, MessageTracing.NONE);
    }

    /**
     * After a batch of fewer than {@code lingerBelow} records, the consumer thread waits
     * {@code linger} before it polls again, so that below saturation the next batch collects what
     * arrived meanwhile and pays one commit for all of it (MessagingProperties.Consumer). Each
     * record is handled in a span that continues the trace of the transaction that wrote it.
     */
    public MessageBatches(TransactionTemplate transactions, MeterRegistry meters, Duration linger, int lingerBelow,
                          MessageTracing tracing) {
        this.linger = linger;
        this.lingerBelow = lingerBelow;
        this.tracing = tracing;
        this.transactions = transactions;
        this.meters = meters;
        this.fallbacks = Counter.builder("lienthong.messaging.batch.fallbacks")
                .description("batches whose transaction failed and whose records were handled one at a time")
                .register(meters);
    }

    /** Passes each record of {@code batch} to {@code handler}, all in one transaction when none fails. */
    public void handle(Message<List<byte[]>> batch, Consumer<Message<byte[]>> handler) {
        handleWithKeys(batch, record -> record, record -> "", records -> { }, handler);
    }

    /**
     * As {@link #handle(Message, Consumer)}, first giving {@code prepare} the Kafka keys of the
     * batch's records (as text, empty for a record without one) in the order they will be
     * handled, inside the batch's transaction: to lock and load at once the rows the records are
     * about. When the batch is handled again one record at a time, {@code prepare} is not called:
     * the handler must not depend on it.
     */
    public void handle(Message<List<byte[]>> batch, Consumer<List<String>> prepare,
                       Consumer<Message<byte[]>> handler) {
        handleWithKeys(batch, record -> record, record -> "", prepare, handler);
    }

    /**
     * As {@link #handle(Message, Consumer)}, for a handler of what {@code read} makes of each
     * record, in the order of {@code lockKey}: the key of the contended row (a serial counter,
     * say) that handling the record locks. Each record is read once; a record that cannot be read
     * fails where its handling would, with the exception {@code read} threw.
     */
    public <T> void handle(Message<List<byte[]>> batch, Function<Message<byte[]>, T> read,
                           Function<T, String> lockKey, Consumer<T> handler) {
        handleWithKeys(batch, read, lockKey, keys -> { }, handler);
    }

    /**
     * As {@link #handle(Message, Function, Function, Consumer)}, first giving {@code prepare} what
     * was read of the batch's records, in the order they will be handled and without the records
     * that could not be read, inside the batch's transaction: to claim, lock and load at once what
     * the batch needs, so that handling each record takes no round trip of its own. When the batch
     * is handled again one record at a time, {@code prepare} is not called: the handler must work
     * without it.
     */
    public <T> void handle(Message<List<byte[]>> batch, Function<Message<byte[]>, T> read,
                           Function<T, String> lockKey, BatchPreparation<T> prepare, Consumer<T> handler) {
        timed(batch, read, lockKey, byKey -> prepare.prepare(byKey.stream()
                .filter(record -> record.unreadable == null).map(Read::value).toList()), handler);
    }

    /** What a batch's transaction does first with the records read, in handling order. */
    @FunctionalInterface
    public interface BatchPreparation<T> {
        void prepare(List<T> values);
    }

    private <T> void handleWithKeys(Message<List<byte[]>> batch, Function<Message<byte[]>, T> read,
                                    Function<T, String> lockKey, Consumer<List<String>> prepare,
                                    Consumer<T> handler) {
        timed(batch, read, lockKey, byKey -> prepare.accept(byKey.stream()
                .map(record -> new String(record.key, StandardCharsets.UTF_8)).toList()), handler);
    }

    /** Handles the batch, counts it on its stage, and lingers after a small one. */
    private <T> void timed(Message<List<byte[]>> batch, Function<Message<byte[]>, T> read,
                           Function<T, String> lockKey, Consumer<List<Read<T>>> prepare, Consumer<T> handler) {
        List<Message<byte[]>> records = split(batch);
        if (records.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try {
            handle(records, read, lockKey, prepare, handler);
        } finally {
            stage(batch).batch(start, records.size());
        }
        if (records.size() < lingerBelow && !linger.isZero()) {
            linger();
        }
    }

    private void linger() {
        try {
            Thread.sleep(linger.toMillis(), linger.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> void handle(List<Message<byte[]>> records, Function<Message<byte[]>, T> read,
                            Function<T, String> lockKey, Consumer<List<Read<T>>> prepare, Consumer<T> handler) {
        List<Read<T>> inKafkaOrder = records.stream().map(record -> Read.of(record, read, lockKey, tracing)).toList();
        List<Read<T>> byKey = inKafkaOrder.stream()
                .sorted(Comparator.comparing((Read<T> record) -> record.lockKey)
                        .thenComparing(record -> record.key, Arrays::compare))
                .toList();
        try {
            transactions.executeWithoutResult(status -> {
                prepare.accept(byKey);
                byKey.forEach(record -> record.handle(handler));
            });
        } catch (RuntimeException batchFailure) {
            if (records.size() == 1) {
                answerOrFail(batchFailure, 0);
                return;
            }
            fallbacks.increment();
            // The exception's class only: a database error's message can quote the rows' values.
            log.info("A batch of {} records failed ({}); handling them one at a time", records.size(),
                    batchFailure.getClass().getSimpleName());
            oneAtATime(inKafkaOrder, handler);
        }
    }

    /** The stage a batch belongs to: its consumer's topic ({@code consumer residence.commands}). */
    private StageMeter stage(Message<List<byte[]>> batch) {
        Object topics = batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        Object topic = topics instanceof List<?> list && !list.isEmpty() ? list.get(0) : topics;
        String name = "consumer " + (topic == null ? "unknown" : topic);
        return stages.computeIfAbsent(name, stage -> new StageMeter(meters, stage));
    }

    private <T> void oneAtATime(List<Read<T>> records, Consumer<T> handler) {
        for (int index = 0; index < records.size(); index++) {
            Read<T> record = records.get(index);
            try {
                transactions.executeWithoutResult(status -> record.handle(handler));
            } catch (RuntimeException failure) {
                answerOrFail(failure, index);
            }
        }
    }

    /**
     * A command that can never be processed is answered with its rejection, in a transaction of
     * its own, and the batch goes on; any other failure goes to the error handler.
     */
    private void answerOrFail(RuntimeException failure, int index) {
        var notProcessable = CommandNotProcessableException.in(failure);
        if (notProcessable.isEmpty()) {
            throw new BatchListenerFailedException(describe(failure), failure, index);
        }
        try {
            transactions.executeWithoutResult(status -> notProcessable.get().answer());
        } catch (RuntimeException answerFailure) {
            throw new BatchListenerFailedException(describe(answerFailure), answerFailure, index);
        }
        log.warn("Record {} of a batch could not be processed and was answered with a rejection: {}", index,
                notProcessable.get().getMessage());
    }

    /**
     * The records of a batch as single messages, each with its own headers (as the binder maps
     * them for a single record) and its key under {@link KafkaHeaders#RECEIVED_KEY}.
     */
    @SuppressWarnings("unchecked")
    private static List<Message<byte[]>> split(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        var headers = batch.getHeaders();
        List<Map<String, Object>> converted = headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        List<Headers> natives = headers.get(KafkaHeaders.NATIVE_HEADERS, List.class);
        List<Object> keys = headers.get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Map<String, Object> recordHeaders = new HashMap<>();
            if (converted != null && i < converted.size() && converted.get(i) != null) {
                recordHeaders.putAll(converted.get(i));
            } else if (natives != null && i < natives.size() && natives.get(i) != null) {
                for (Header header : natives.get(i)) {
                    recordHeaders.put(header.key(), header.value());
                }
            }
            if (keys != null && i < keys.size() && keys.get(i) != null) {
                recordHeaders.put(KafkaHeaders.RECEIVED_KEY, keys.get(i));
            }
            records.add(MessageBuilder.withPayload(payloads.get(i)).copyHeaders(recordHeaders).build());
        }
        return records;
    }

    private static byte[] kafkaKey(Message<byte[]> record) {
        Object key = record.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (key instanceof byte[] bytes) {
            return bytes;
        }
        return key == null ? new byte[0] : key.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /**
     * A record as read, or the reason it could not be read, with its keys. An unreadable record
     * sorts first; handling it throws what reading it threw.
     */
    private record Read<T>(T value, RuntimeException unreadable, String lockKey, byte[] key, Traced traced) {

        static <T> Read<T> of(Message<byte[]> record, Function<Message<byte[]>, T> read, Function<T, String> lockKey,
                              MessageTracing tracing) {
            var traced = new Traced(tracing, MessageTracing.traceParentOf(record.getHeaders()),
                    MessageTracing.receiveSpanName(record.getHeaders()));
            try {
                T value = read.apply(record);
                String lock = lockKey.apply(value);
                return new Read<>(value, null, lock == null ? "" : lock, kafkaKey(record), traced);
            } catch (RuntimeException e) {
                return new Read<>(null, e, "", kafkaKey(record), traced);
            }
        }

        void handle(Consumer<T> handler) {
            if (unreadable != null) {
                throw unreadable;
            }
            traced.run(new String(key, StandardCharsets.UTF_8), () -> handler.accept(value));
        }
    }

    /** Where a record's handling goes in its trace: on from the span that wrote it. */
    private record Traced(MessageTracing tracing, String traceParent, String spanName) {

        void run(String key, Runnable work) {
            tracing.continueTrace(traceParent, spanName, key, work);
        }
    }
}
