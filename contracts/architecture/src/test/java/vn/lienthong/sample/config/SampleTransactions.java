package vn.lienthong.sample.config;

/** An adapter left among the wiring, as the rules must refuse. */
public class SampleTransactions implements vn.lienthong.sample.application.port.out.Births {
}
