package vn.lienthong.idnumber.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: everything it records is kept together, or none of it.
 * Work run inside it through the other ports joins it rather than committing on its own.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
