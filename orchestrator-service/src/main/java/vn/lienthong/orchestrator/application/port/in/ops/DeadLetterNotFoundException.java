package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;

public class DeadLetterNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeadLetterNotFoundException(DeadLetterRef ref) {
        super("no dead-lettered record at " + ref);
    }
}
