package vn.lienthong.orchestrator.config;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.orchestrator.application.port.out.ops.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.ops.AuditLog;
import vn.lienthong.orchestrator.application.port.out.ops.OpsAction;
import vn.lienthong.orchestrator.application.port.out.ops.OpsPage;

/**
 * Counts ops actions by action ({@code lienthong.ops.actions}) as they are written to the audit
 * log, once their transaction commits, so an action that rolled back is not counted.
 */
final class CountedAuditLog implements AuditLog {

    private final AuditLog delegate;
    private final MeterRegistry meters;

    CountedAuditLog(AuditLog delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public void record(AuditEntry entry) {
        delegate.record(entry);
        Runnable count = () -> meters.counter("lienthong.ops.actions", "action", entry.action().name()).increment();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    @Override
    public OpsPage<AuditEntry> page(String operator, OpsAction action, int page, int size) {
        return delegate.page(operator, action, page, size);
    }
}
