package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;

/** A step of a paused agency cannot be replayed until the agency is resumed (answered with 409). */
public class AgencyPausedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient AgencyPause pause;

    public AgencyPausedException(AgencyPause pause) {
        super(pause.agency() + " is paused by " + pause.pausedBy() + " since " + pause.since() + ": " + pause.reason());
        this.pause = pause;
    }

    public AgencyPause pause() {
        return pause;
    }
}
