package vn.lienthong.idnumber.adapter.in.web.faults;

/** Profiles for tests, written as an operator would write them. */
final class FaultProfiles {

    private FaultProfiles() {
    }

    /** {@code base} with these shares, in the draw order: hang, dropped, server error, denied, malformed. */
    static FaultProfile with(FaultProfile base, double hang, double dropped, double serverError, double denied,
                             double malformed) {
        return new FaultSettings(base.name(), null, null, hang, null, serverError, dropped, denied, malformed, null,
                null, null, null, null, null).toProfile();
    }

    static FaultProfile latency(String median, String p99) {
        return new FaultSettings(null, median, p99, null, null, null, null, null, null, null, null, null, null, null,
                null).toProfile();
    }
}
