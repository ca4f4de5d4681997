package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
 * commits once per batch rather than once per record. Records are handled in the order of their
 * keys (stable, so one key's records keep Kafka's order): every consumer that handles batches
 * then takes row locks keyed by the same ids in the same order, and two batches never deadlock.
 * When the batch's transaction fails, its records are handled again one at a time, each in its
 * own transaction and in Kafka's order, so the records before a bad one are kept and the error
 * handler ({@link DeadLetterRouting}) learns which record failed.
 */
public final class MessageBatches {

    private static final Logger log = LoggerFactory.getLogger(MessageBatches.class);

    private final TransactionTemplate transactions;
    private final Counter fallbacks;

    public MessageBatches(TransactionTemplate transactions, MeterRegistry meters) {
        this.transactions = transactions;
        this.fallbacks = Counter.builder("lienthong.messaging.batch.fallbacks")
                .description("batches whose transaction failed and whose records were handled one at a time")
                .register(meters);
    }

    /** Passes each record of {@code batch} to {@code handler}, all in one transaction when none fails. */
    public void handle(Message<List<byte[]>> batch, Consumer<Message<byte[]>> handler) {
        List<Message<byte[]>> records = split(batch);
        if (records.isEmpty()) {
            return;
        }
        List<Message<byte[]>> byKey = new ArrayList<>(records);
        byKey.sort(Comparator.comparing(MessageBatches::key, Arrays::compare));
        try {
            transactions.executeWithoutResult(status -> byKey.forEach(handler));
        } catch (RuntimeException batchFailure) {
            if (records.size() == 1) {
                throw new BatchListenerFailedException(describe(batchFailure), batchFailure, 0);
            }
            fallbacks.increment();
            // The exception's class only: a database error's message can quote the rows' values.
            log.info("A batch of {} records failed ({}); handling them one at a time", records.size(),
                    batchFailure.getClass().getSimpleName());
            oneAtATime(records, handler);
        }
    }

    private void oneAtATime(List<Message<byte[]>> records, Consumer<Message<byte[]>> handler) {
        for (int index = 0; index < records.size(); index++) {
            Message<byte[]> record = records.get(index);
            try {
                transactions.executeWithoutResult(status -> handler.accept(record));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(describe(failure), failure, index);
            }
        }
    }

    /**
     * The records of a batch as single messages, each with its own headers (as the binder maps
     * them for a single record) and its key under {@link KafkaHeaders#RECEIVED_KEY}.
     */
    @SuppressWarnings("unchecked")
    public static List<Message<byte[]>> split(Message<List<byte[]>> batch) {
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

    private static byte[] key(Message<byte[]> record) {
        Object key = record.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (key instanceof byte[] bytes) {
            return bytes;
        }
        return key == null ? new byte[0] : key.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
