package vn.lienthong.orchestrator.adapter.out.persistence;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;

/**
 * Times each append ({@code lienthong.audit.append}: recording it in the work's transaction) and
 * counts entries by action once their transaction commits ({@code lienthong.audit.entries}; ops
 * actions also as {@code lienthong.ops.actions}), so work that rolled back is not counted.
 */
public final class MeteredAuditLog implements AuditLog {

    private final AuditLog delegate;
    private final MeterRegistry meters;
    private final Timer appends;

    public MeteredAuditLog(AuditLog delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
        this.appends = Timer.builder("lienthong.audit.append").description("Appending one entry to the audit chain")
                .register(meters);
    }

    @Override
    public void record(AuditEntry entry) {
        appends.record(() -> delegate.record(entry));
        Runnable count = () -> {
            String action = entry.action().name();
            meters.counter("lienthong.audit.entries", "action", action).increment();
            if (entry.action().isOpsAction()) {
                meters.counter("lienthong.ops.actions", "action", action).increment();
            }
        };
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
}
