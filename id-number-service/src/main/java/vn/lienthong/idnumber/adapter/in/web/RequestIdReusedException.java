package vn.lienthong.idnumber.adapter.in.web;

/** The request id was answered before for other birth data; answered with a 409 problem. */
public class RequestIdReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestIdReusedException() {
        super("This request id was already used for different birth data.");
    }
}
