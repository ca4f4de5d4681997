package vn.lienthong.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.lienthong.contracts.MessageTypes;

/**
 * The outbox as a table in the service's own database, written in the caller's transaction. The
 * messages a transaction sends are kept until it is about to commit and then written in one
 * statement, in the order they were sent; a rolled-back transaction writes none.
 */
public final class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "(?, ?, ?, ?, ?, ?)";
    /** PostgreSQL takes at most 65 535 parameters in one statement. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final MessageCodec codec;
    private final OutboxRelay relay;
    private final MessageTracing tracing;
    private final KeyedTraces keyedTraces;
    /** This transaction's messages, written just before it commits; the relay is woken after. */
    private final TransactionScoped<List<Object[]>> pending;

    public JdbcOutbox(JdbcClient jdbc, MessageCodec codec, OutboxRelay relay) {
        this(jdbc, codec, relay, MessageTracing.NONE);
    }

    /** Stores with each message the trace context of the transaction that sends it. */
    public JdbcOutbox(JdbcClient jdbc, MessageCodec codec, OutboxRelay relay, MessageTracing tracing) {
        this(jdbc, codec, relay, tracing, key -> null);
    }

    /**
     * As {@link #JdbcOutbox(JdbcClient, MessageCodec, OutboxRelay, MessageTracing)}; a message sent
     * outside any traced work takes the trace {@code keyedTraces} keeps for its key.
     */
    public JdbcOutbox(JdbcClient jdbc, MessageCodec codec, OutboxRelay relay, MessageTracing tracing,
                      KeyedTraces keyedTraces) {
        this.keyedTraces = keyedTraces;
        this.tracing = tracing;
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
        this.pending = new TransactionScoped<>(ArrayList::new, this::write, messages -> relay.wake());
    }

    @Override
    public void send(String topic, String key, Object message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox is written only inside a transaction");
        }
        String traceParent = tracing.currentTraceParent();
        // Written outside any traced work: the key's trace, looked up for all such messages at once.
        Object trace = traceParent != null || key == null || !tracing.isTracing() ? traceParent : new KeyedTrace(key);
        pending.current().orElseThrow().add(new Object[] {UUID.randomUUID(), topic, key,
                MessageTypes.nameOf(message.getClass()), codec.encode(message), trace});
    }

    /** A message's trace still to be looked up by its key. */
    private record KeyedTrace(String key) {
    }

    /** Puts in place of each {@link KeyedTrace} the trace kept for its key, in one lookup. */
    private void resolveKeyedTraces(List<Object[]> messages) {
        List<String> keys = messages.stream().filter(row -> row[5] instanceof KeyedTrace)
                .map(row -> ((KeyedTrace) row[5]).key()).distinct().toList();
        if (keys.isEmpty()) {
            return;
        }
        Map<String, String> traces = keyedTraces.traceParentsOf(keys);
        for (Object[] row : messages) {
            if (row[5] instanceof KeyedTrace keyed) {
                row[5] = traces.get(keyed.key());
            }
        }
    }

    /** Writes the messages in statements of at most {@link #ROWS_PER_STATEMENT} rows, in order. */
    private void write(List<Object[]> messages) {
        resolveKeyedTraces(messages);
        for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> rows = messages.subList(from, Math.min(messages.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(rows.size() * 6);
            rows.forEach(row -> Collections.addAll(params, row));
            jdbc.sql("insert into outbox_message (message_id, topic, message_key, message_type, payload, trace_parent) values "
                            + String.join(", ", Collections.nCopies(rows.size(), COLUMNS)))
                    .params(params)
                    .update();
        }
        messages.clear();
    }
}
