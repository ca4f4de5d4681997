package vn.lienthong.web;

/** A request body longer than the limit for its path; answered with {@code 413}. */
public class RequestBodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super("request body longer than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
