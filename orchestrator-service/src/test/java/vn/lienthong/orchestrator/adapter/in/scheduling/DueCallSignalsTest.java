package vn.lienthong.orchestrator.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.orchestrator.domain.dossier.Step;

class DueCallSignalsTest {

    private final DueCallSignals signals = new DueCallSignals();
    private final AtomicInteger idNumberWakes = new AtomicInteger();
    private final AtomicInteger deathCallWakes = new AtomicInteger();
    private final TransactionTemplate transactions = new TransactionTemplate(new NoResourceTransactions());

    DueCallSignalsTest() {
        signals.onDue(List.of(Step.ID_NUMBER), idNumberWakes::incrementAndGet);
        signals.onDue(List.of(Step.DECEASED_CHECK, Step.DEATH_RECORD), deathCallWakes::incrementAndGet);
    }

    @Test
    void theWorkerIsWokenOnlyOnceTheTransactionHasCommittedAndOnceForAllItsCalls() {
        transactions.executeWithoutResult(status -> {
            signals.dueNow(Step.ID_NUMBER);
            signals.dueNow(Step.ID_NUMBER);
            assertThat(idNumberWakes).as("before the commit the worker would not see the attempt").hasValue(0);
        });

        assertThat(idNumberWakes).hasValue(1);
        assertThat(deathCallWakes).as("only the worker of that step").hasValue(0);
    }

    @Test
    void aRolledBackTransactionWakesNoWorker() {
        transactions.executeWithoutResult(status -> {
            signals.dueNow(Step.DEATH_RECORD);
            status.setRollbackOnly();
        });

        assertThat(deathCallWakes).hasValue(0);
    }

    @Test
    void outsideATransactionTheWorkerIsWokenAtOnce() {
        signals.dueNow(Step.DECEASED_CHECK);

        assertThat(deathCallWakes).hasValue(1);
        assertThat(idNumberWakes).hasValue(0);
    }

    @Test
    void aStepNoWorkerCallsWakesNothing() {
        signals.dueNow(Step.BIRTH_REGISTRATION);

        assertThat(idNumberWakes).hasValue(0);
        assertThat(deathCallWakes).hasValue(0);
    }

    /** Transactions with their synchronizations and no resource: what is checked is when the worker is told. */
    private static final class NoResourceTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
