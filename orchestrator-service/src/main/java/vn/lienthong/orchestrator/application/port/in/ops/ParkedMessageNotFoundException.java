package vn.lienthong.orchestrator.application.port.in.ops;

public class ParkedMessageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ParkedMessageNotFoundException(long id) {
        super("no parked message " + id);
    }
}
