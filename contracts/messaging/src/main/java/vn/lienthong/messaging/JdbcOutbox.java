package vn.lienthong.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        pending.current().orElseThrow().add(new Object[] {UUID.randomUUID(), topic, key,
                MessageTypes.nameOf(message.getClass()), codec.encode(message), traceParent(key)});
    }

    private String traceParent(String key) {
        String current = tracing.currentTraceParent();
        return current != null || key == null || !tracing.isTracing() ? current : keyedTraces.traceParentOf(key);
    }

    /** Writes the messages in statements of at most {@link #ROWS_PER_STATEMENT} rows, in order. */
    private void write(List<Object[]> messages) {
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
