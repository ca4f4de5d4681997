package vn.lienthong.orchestrator.application.port.out;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of its changes and messages, or none. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
