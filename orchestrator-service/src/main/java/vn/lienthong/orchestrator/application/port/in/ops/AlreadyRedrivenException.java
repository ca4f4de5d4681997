package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.model.ops.Redrive;

/** A dead-lettered record is redriven once only (answered with 409). */
public class AlreadyRedrivenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Redrive earlier;

    public AlreadyRedrivenException(Redrive earlier) {
        super(earlier.ref() + " was already redriven by " + earlier.operator() + " at " + earlier.at());
        this.earlier = earlier;
    }

    public Redrive earlier() {
        return earlier;
    }
}
