package vn.lienthong.messaging;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction. It is held by one of the transaction's
 * synchronizations, so it goes with a rollback as with a commit, and a suspended outer
 * transaction's value stays its own. Optionally, the value is used just before the transaction
 * commits (to write what was kept) and just after (to tell someone).
 */
public final class TransactionScoped<T> {

    private final Supplier<T> initial;
    private final Consumer<T> beforeCommit;
    private final Consumer<T> afterCommit;

    public TransactionScoped(Supplier<T> initial) {
        this(initial, value -> { }, value -> { });
    }

    public TransactionScoped(Supplier<T> initial, Consumer<T> beforeCommit, Consumer<T> afterCommit) {
        this.initial = initial;
        this.beforeCommit = beforeCommit;
        this.afterCommit = afterCommit;
    }

    /** This transaction's value, made on first use; empty outside a transaction. */
    public Optional<T> current() {
        Optional<T> existing = existing();
        if (existing.isPresent() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return existing;
        }
        Holder<T> holder = new Holder<>(this, initial.get());
        TransactionSynchronizationManager.registerSynchronization(holder);
        return Optional.of(holder.value);
    }

    /** This transaction's value if it was made already; nothing is made or registered. */
    public Optional<T> existing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Holder<?> holder && holder.owner == this) {
                @SuppressWarnings("unchecked")
                T value = (T) holder.value;
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Identity equality on purpose: the transaction keeps its synchronizations in a hash set. */
    private static final class Holder<T> implements TransactionSynchronization {

        private final TransactionScoped<T> owner;
        private final T value;

        Holder(TransactionScoped<T> owner, T value) {
            this.owner = owner;
            this.value = value;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.beforeCommit.accept(value);
        }

        @Override
        public void afterCommit() {
            owner.afterCommit.accept(value);
        }
    }
}
