package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The value's life against Spring's own transaction machinery: a transaction manager with no
 * resource of its own, so that what is bound to the thread is only what {@link TransactionScoped}
 * binds.
 */
class TransactionScopedTest {

    private final List<String> written = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final TransactionScoped<List<String>> scoped = new TransactionScoped<>(ArrayList::new,
            values -> written.add(String.join(",", values)), values -> told.add(String.join(",", values)));
    private final TransactionTemplate transactions = new TransactionTemplate(new ThreadOnlyTransactions());

    @AfterEach
    void nothingIsLeftOnTheThread() {
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
    }

    @Test
    void oneValueForTheWholeTransactionWrittenBeforeAndToldAfterItsCommit() {
        transactions.executeWithoutResult(status -> {
            assertThat(scoped.existing()).isEmpty();
            scoped.current().orElseThrow().add("a");
            scoped.current().orElseThrow().add("b");
            assertThat(scoped.existing()).contains(List.of("a", "b"));
            assertThat(written).isEmpty();
        });

        assertThat(written).containsExactly("a,b");
        assertThat(told).containsExactly("a,b");
    }

    @Test
    void theNextTransactionStartsAfresh() {
        transactions.executeWithoutResult(status -> scoped.current().orElseThrow().add("first"));
        transactions.executeWithoutResult(status -> {
            assertThat(scoped.existing()).isEmpty();
            scoped.current().orElseThrow().add("second");
        });

        assertThat(written).containsExactly("first", "second");
    }

    @Test
    void aRollbackTakesTheValueWithItUnwrittenAndUntold() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            scoped.current().orElseThrow().add("lost");
            throw new IllegalStateException("the batch failed");
        })).hasMessage("the batch failed");

        transactions.executeWithoutResult(status -> assertThat(scoped.existing()).isEmpty());
        assertThat(written).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void anInnerTransactionHasItsOwnValueAndTheOuterOneGetsItsBack() {
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transactions.executeWithoutResult(outer -> {
            scoped.current().orElseThrow().add("outer");
            inner.executeWithoutResult(status -> {
                assertThat(scoped.existing()).isEmpty();
                scoped.current().orElseThrow().add("inner");
            });
            assertThat(scoped.existing()).contains(List.of("outer"));
            scoped.current().orElseThrow().add("outer again");
        });

        assertThat(written).containsExactly("inner", "outer,outer again");
    }

    @Test
    void twoScopedValuesInOneTransactionStayApart() {
        TransactionScoped<List<String>> other = new TransactionScoped<>(ArrayList::new);

        transactions.executeWithoutResult(status -> {
            scoped.current().orElseThrow().add("mine");
            assertThat(other.existing()).isEmpty();
            other.current().orElseThrow().add("theirs");
            assertThat(scoped.existing()).contains(List.of("mine"));
            assertThat(other.existing()).contains(List.of("theirs"));
        });
    }

    @Test
    void outsideATransactionThereIsNoValueAndNothingIsBound() {
        assertThat(scoped.current()).isEqualTo(Optional.empty());
        assertThat(scoped.existing()).isEmpty();
    }

    /** Begins, suspends and ends transactions that hold nothing but the thread's synchronizations. */
    private static final class ThreadOnlyTransactions extends AbstractPlatformTransactionManager {

        private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

        private record Transaction(boolean existing) {
        }

        @Override
        protected Object doGetTransaction() {
            return new Transaction(DEPTH.get() > 0);
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return ((Transaction) transaction).existing();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            DEPTH.set(DEPTH.get() + 1);
        }

        @Override
        protected Object doSuspend(Object transaction) {
            return DEPTH.get();
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            DEPTH.set(DEPTH.get() - 1);
        }
    }
}
