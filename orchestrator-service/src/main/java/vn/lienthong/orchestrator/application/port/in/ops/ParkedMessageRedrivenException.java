package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.model.ops.ParkedMessage;

/** A parked message is redriven once only (answered with 409); if parked again, it is a new one. */
public class ParkedMessageRedrivenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ParkedMessage earlier;

    public ParkedMessageRedrivenException(ParkedMessage earlier) {
        super("parked message " + earlier.id() + " was already redriven by " + earlier.redrivenBy() + " at "
                + earlier.redrivenAt());
        this.earlier = earlier;
    }

    public ParkedMessage earlier() {
        return earlier;
    }
}
