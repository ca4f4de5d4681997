package vn.lienthong.messaging;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.lienthong.contracts.MessageTypes;

/** The outbox as a table in the service's own database, written in the caller's transaction. */
public final class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final MessageCodec codec;
    private final OutboxRelay relay;

    public JdbcOutbox(JdbcClient jdbc, MessageCodec codec, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
    }

    @Override
    public void send(String topic, String key, Object message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox is written only inside a transaction");
        }
        jdbc.sql("""
                        insert into outbox_message (message_id, topic, message_key, message_type, payload)
                        values (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), topic, key, MessageTypes.nameOf(message.getClass()), codec.encode(message))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wake();
            }
        });
    }
}
