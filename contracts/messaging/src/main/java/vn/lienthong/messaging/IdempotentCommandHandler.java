package vn.lienthong.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>
 * A batch's transaction may {@link #claim} all its command ids first: then handling each command
 * takes no statement of its own for the claim or the reply, and the replies are stored together
 * just before the transaction commits.
 */
public final class IdempotentCommandHandler {

    /** PostgreSQL takes at most 65 535 parameters in one statement; a reply row takes five. */
    private static final int REPLIES_PER_STATEMENT = 1000;
    private static final String STORED_REPLY = "reply_topic, reply_key, reply_type, reply_payload";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final MessageCodec codec;
    private final SimulatedAgencyConditions conditions;
    /** What this transaction claimed with {@link #claim}, and the replies to store before it commits. */
    private final TransactionScoped<Claims> claims;

    public IdempotentCommandHandler(JdbcClient jdbc, TransactionTemplate transactions, Outbox outbox, MessageCodec codec,
                                    SimulatedAgencyConditions conditions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.codec = codec;
        this.conditions = conditions;
        this.claims = new TransactionScoped<>(Claims::new, this::storeReplies, stored -> { });
    }

    /**
     * Claims {@code commandIds} for the current transaction in one statement, and reads in one more
     * the replies of those handled before: {@link #handle} then runs the handler of a claimed
     * command, or sends the stored reply of one handled before, without a statement of its own. A
     * concurrent transaction claiming one of the same ids waits here until this one ends, as it
     * would in {@link #handle}. Must be called inside a transaction.
     */
    public void claim(Collection<UUID> commandIds) {
        Claims batch = claims.current().orElseThrow(
                () -> new IllegalStateException("commands are claimed only inside a transaction"));
        // Sorted, so that two transactions claiming overlapping batches take the rows in one order.
        List<UUID> ids = commandIds.stream().distinct().filter(id -> !batch.knows(id)).sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> claimed = jdbc.sql("""
                        insert into processed_command (command_id)
                        select id from unnest(?::uuid[]) with ordinality as claimed(id, position)
                        order by position on conflict do nothing returning command_id""")
                .param(texts(ids))
                .query(UUID.class)
                .list();
        batch.claimed.addAll(claimed);
        Set<UUID> earlier = new HashSet<>(ids);
        claimed.forEach(earlier::remove);
        if (earlier.isEmpty()) {
            return;
        }
        jdbc.sql("select command_id, " + STORED_REPLY + " from processed_command where command_id = any(?::uuid[])")
                .param(texts(earlier))
                .query((row, n) -> batch.replies.put(row.getObject(1, UUID.class), storedReply(row, 2)))
                .list();
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
        Optional<Claims> batch = claims.existing().filter(claimed -> claimed.knows(commandId));
        if (batch.isPresent()) {
            return handleClaimed(batch.get(), commandId, replyTopic, key, handler, cannotProcess);
        }
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

    /** A command {@link #claim}ed by this transaction: handled once, its reply stored before commit. */
    private boolean handleClaimed(Claims batch, UUID commandId, String replyTopic, String key, Supplier<?> handler,
                                  Function<String, ?> cannotProcess) {
        if (!batch.claimed.remove(commandId)) {
            Reply earlier = batch.replies.get(commandId);
            outbox.send(earlier.topic(), earlier.key(), earlier.message());
            return false;
        }
        Object reply = reply(commandId, replyTopic, key, handler, cannotProcess);
        var made = new Reply(replyTopic, key, reply);
        batch.replies.put(commandId, made);
        batch.toStore.put(commandId, made);
        outbox.send(replyTopic, key, reply);
        return true;
    }

    private static String[] texts(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    /**
     * Writes the replies made in this transaction to their claimed rows, in one statement per
     * thousand, and gives back the claims of commands it did not handle, so that they are handled
     * when they come again rather than answered with no reply.
     */
    private void storeReplies(Claims batch) {
        if (!batch.claimed.isEmpty()) {
            jdbc.sql("delete from processed_command where command_id = any(?::uuid[])").param(texts(batch.claimed))
                    .update();
            batch.claimed.clear();
        }
        List<Map.Entry<UUID, Reply>> rows = new ArrayList<>(batch.toStore.entrySet());
        for (int from = 0; from < rows.size(); from += REPLIES_PER_STATEMENT) {
            List<Map.Entry<UUID, Reply>> chunk = rows.subList(from, Math.min(rows.size(), from + REPLIES_PER_STATEMENT));
            List<Object> params = new ArrayList<>(chunk.size() * 5);
            for (Map.Entry<UUID, Reply> row : chunk) {
                Reply reply = row.getValue();
                params.add(row.getKey());
                params.add(reply.topic());
                params.add(reply.key());
                params.add(MessageTypes.nameOf(reply.message().getClass()));
                params.add(codec.encode(reply.message()));
            }
            jdbc.sql("""
                            update processed_command p
                            set reply_topic = r.topic, reply_key = r.key, reply_type = r.type, reply_payload = r.payload
                            from (values %s) as r(id, topic, key, type, payload)
                            where p.command_id = r.id"""
                            .formatted(String.join(", ", Collections.nCopies(chunk.size(),
                                    "(?::uuid, ?, ?, ?, ?::bytea)"))))
                    .params(params)
                    .update();
        }
        batch.toStore.clear();
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
        jdbc.sql("select " + STORED_REPLY + " from processed_command where command_id = ?")
                .param(commandId)
                .query((row, n) -> storedReply(row, 1))
                .list()
                .forEach(reply -> outbox.send(reply.topic(), reply.key(), reply.message()));
    }

    /** A stored reply, read from {@link #STORED_REPLY}'s columns starting at {@code first}. */
    private Reply storedReply(ResultSet row, int first) throws SQLException {
        Class<?> type = MessageTypes.forName(row.getString(first + 2)).orElseThrow();
        return new Reply(row.getString(first), row.getString(first + 1), codec.decode(row.getBytes(first + 3), type));
    }

    /** A reply as sent: where, under which key, what. */
    private record Reply(String topic, String key, Object message) {
    }

    /** The command ids a transaction claimed and has not handled yet, and the replies it knows. */
    private static final class Claims {
        final Set<UUID> claimed = new HashSet<>();
        /** Replies stored before this transaction, and those made in it. */
        final Map<UUID, Reply> replies = new HashMap<>();
        /** Replies made in this transaction, stored just before it commits. */
        final Map<UUID, Reply> toStore = new LinkedHashMap<>();

        boolean knows(UUID commandId) {
            return claimed.contains(commandId) || replies.containsKey(commandId);
        }
    }
}
