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
 *
 * <p>The holder is also bound as the transaction's resource under this instance, the way Spring's
 * own resource holders are: a lookup is one thread-local map read, where reading the
 * synchronizations would copy and sort them on every call (several calls a dossier on the saga's
 * path). The holder unbinds itself when its transaction is suspended or completes and binds itself
 * again when it is resumed.
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
        TransactionSynchronizationManager.bindResource(this, holder);
        return Optional.of(holder.value);
    }

    /** This transaction's value if it was made already; nothing is made or registered. */
    public Optional<T> existing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !(TransactionSynchronizationManager.getResource(this) instanceof Holder<?> holder)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T value = (T) holder.value;
        return Optional.of(value);
    }

    /**
     * Identity equality on purpose: the transaction keeps its synchronizations in a hash set, and its
     * resources in a map keyed by the owning instance.
     */
    private static final class Holder<T> implements TransactionSynchronization {

        private final TransactionScoped<T> owner;
        private final T value;

        Holder(TransactionScoped<T> owner, T value) {
            this.owner = owner;
            this.value = value;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(owner, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.beforeCommit.accept(value);
        }

        @Override
        public void afterCommit() {
            owner.afterCommit.accept(value);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
    }
}
