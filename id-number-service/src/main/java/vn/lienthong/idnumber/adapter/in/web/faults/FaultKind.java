package vn.lienthong.idnumber.adapter.in.web.faults;

/** What happens to one request; the tag names it in metrics, the field in a fault profile. */
public enum FaultKind {

    NONE(null, null),
    OUTAGE("outage", "outageWindows"),
    HANG("hang", "hangShare"),
    DROPPED_CONNECTION("dropped-connection", "droppedConnectionShare"),
    SERVER_ERROR("server-error", "serverErrorShare"),
    PERMISSION_DENIED("permission-denied", "permissionDeniedShare"),
    MALFORMED("malformed", "malformedShare");

    private final String tag;
    private final String field;

    FaultKind(String tag, String field) {
        this.tag = tag;
        this.field = field;
    }

    public String tag() {
        return tag;
    }

    String field() {
        return field;
    }
}
