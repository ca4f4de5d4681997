package vn.lienthong.orchestrator.adapter.out.persistence;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.orchestrator.application.port.out.Transactions;

public class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    public SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
