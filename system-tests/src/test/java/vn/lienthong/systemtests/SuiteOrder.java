package vn.lienthong.systemtests;

import org.junit.jupiter.api.Order;

/**
 * The order of the system tests' classes ({@code junit-platform.properties} orders classes by
 * {@link Order}): first every class on the shared {@link RunningSystem}, which trains the services'
 * class-data archives in the background meanwhile; then the classes that start a system of their
 * own, warm from those archives, on cores the shared system no longer takes.
 */
final class SuiteOrder {

    /**
     * A class that starts a system of its own, after the shared system is stopped: after every
     * class left unannotated, which have {@link Order#DEFAULT}.
     */
    static final int OWN_SYSTEM = Order.DEFAULT + 1;

    private SuiteOrder() {
    }
}
