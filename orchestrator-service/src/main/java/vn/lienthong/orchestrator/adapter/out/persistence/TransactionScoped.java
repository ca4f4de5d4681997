package vn.lienthong.orchestrator.adapter.out.persistence;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction. It is held by one of the transaction's
 * synchronizations, so it goes with a rollback as with a commit, and a suspended outer
 * transaction's value stays its own.
 */
final class TransactionScoped<T> {

    private final Supplier<T> initial;

    TransactionScoped(Supplier<T> initial) {
        this.initial = initial;
    }

    /** This transaction's value, made on first use; empty outside a transaction. */
    Optional<T> current() {
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
        Holder<T> holder = new Holder<>(this, initial.get());
        TransactionSynchronizationManager.registerSynchronization(holder);
        return Optional.of(holder.value);
    }

    /** Identity equality on purpose: the transaction keeps its synchronizations in a hash set. */
    private static final class Holder<T> implements TransactionSynchronization {

        private final TransactionScoped<T> owner;
        private final T value;

        Holder(TransactionScoped<T> owner, T value) {
            this.owner = owner;
            this.value = value;
        }
    }
}
