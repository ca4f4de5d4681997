package vn.lienthong.messaging;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.contracts.MessageTypes;

/**
 * Handles each command id once. The first delivery runs the handler and stores its reply with the
 * command id, in the same transaction as the handler's own changes and the reply's outbox entry. A
 * repeated delivery of the same command id does nothing but send the stored reply again.
 */
public final class IdempotentCommandHandler {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final MessageCodec codec;
    private final SimulatedAgencyConditions conditions;

    public IdempotentCommandHandler(JdbcClient jdbc, TransactionTemplate transactions, Outbox outbox, MessageCodec codec,
                                    SimulatedAgencyConditions conditions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.codec = codec;
        this.conditions = conditions;
    }

    /**
     * Runs {@code handler} unless {@code commandId} was handled before, and sends its reply to
     * {@code replyTopic} keyed by {@code key}. Returns true when the handler ran.
     */
    public boolean handle(UUID commandId, String replyTopic, String key, Supplier<?> handler) {
        return handle(commandId, replyTopic, key, handler, null);
    }

    /**
     * As {@link #handle(UUID, String, String, Supplier)}, and when the handler fails for a reason
     * no retry changes (see {@link ProcessingFailures}: the database refuses the data, the
     * agency's rules refuse a value), the sender is answered with {@code cannotProcess}'s reply,
     * given a description of the failure without values, instead of the command being retried and
     * dead-lettered. That answer needs a transaction of its own, since the failed one can write
     * nothing more: this throws {@link CommandNotProcessableException}, which {@link MessageBatches}
     * answers once the failed transaction is rolled back.
     */
    public boolean handle(UUID commandId, String replyTopic, String key, Supplier<?> handler,
                         Function<String, ?> cannotProcess) {
        conditions.beforeHandling();
        Boolean ran = transactions.execute(status -> {
            // The insert takes the row lock, so a concurrent duplicate waits here and then sees the reply.
            int claimed = jdbc.sql("insert into processed_command (command_id) values (?) on conflict do nothing")
                    .param(commandId).update();
            if (claimed == 0) {
                resendStoredReply(commandId);
                return false;
            }
            Object reply = reply(commandId, replyTopic, key, handler, cannotProcess);
            store(commandId, replyTopic, key, reply);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    private Object reply(UUID commandId, String replyTopic, String key, Supplier<?> handler,
                         Function<String, ?> cannotProcess) {
        try {
            return handler.get();
        } catch (RuntimeException failure) {
            var permanent = cannotProcess == null ? Optional.<String>empty() : ProcessingFailures.permanent(failure);
            if (permanent.isEmpty()) {
                throw failure;
            }
            Object rejection = cannotProcess.apply(permanent.get());
            throw new CommandNotProcessableException(permanent.get(), failure, () -> answer(commandId, replyTopic, key,
                    rejection));
        }
    }

    /** Answers with {@code reply} unless the command was answered meanwhile; then the stored reply goes again. */
    private void answer(UUID commandId, String replyTopic, String key, Object reply) {
        int claimed = jdbc.sql("insert into processed_command (command_id) values (?) on conflict do nothing")
                .param(commandId).update();
        if (claimed == 0) {
            resendStoredReply(commandId);
            return;
        }
        store(commandId, replyTopic, key, reply);
    }

    private void store(UUID commandId, String replyTopic, String key, Object reply) {
        jdbc.sql("""
                        update processed_command
                        set reply_topic = ?, reply_key = ?, reply_type = ?, reply_payload = ?
                        where command_id = ?""")
                .params(replyTopic, key, MessageTypes.nameOf(reply.getClass()), codec.encode(reply), commandId)
                .update();
        outbox.send(replyTopic, key, reply);
    }

    private void resendStoredReply(UUID commandId) {
        jdbc.sql("select reply_topic, reply_key, reply_type, reply_payload from processed_command where command_id = ?")
                .param(commandId)
                .query((row, n) -> {
                    Class<?> type = MessageTypes.forName(row.getString(3)).orElseThrow();
                    outbox.send(row.getString(1), row.getString(2), codec.decode(row.getBytes(4), type));
                    return true;
                })
                .list();
    }
}
