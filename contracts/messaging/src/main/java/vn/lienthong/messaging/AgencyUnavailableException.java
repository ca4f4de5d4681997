package vn.lienthong.messaging;

/**
 * The agency's back end cannot take the command right now. Nothing was changed, so the command
 * is retried without limit, with growing pauses, as while its database is unreachable.
 */
public class AgencyUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgencyUnavailableException(String message) {
        super(message);
    }
}
