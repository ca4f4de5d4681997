package vn.lienthong.idnumber.adapter.out.persistence;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.idnumber.application.port.out.Transactions;

/** A transaction of the service's data source; the JDBC adapters' own transactions join it. */
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
