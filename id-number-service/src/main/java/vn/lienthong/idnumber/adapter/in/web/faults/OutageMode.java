package vn.lienthong.idnumber.adapter.in.web.faults;

/** What a request meets during an outage. */
public enum OutageMode {

    /** A {@code 503} problem answer, after the outage latency. */
    UNAVAILABLE,

    /** No answer for the hang duration, as during a hang; then a {@code 504}. */
    HANG
}
