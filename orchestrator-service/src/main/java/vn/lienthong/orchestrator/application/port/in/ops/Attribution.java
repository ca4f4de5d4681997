package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.Objects;

import vn.lienthong.orchestrator.application.port.in.Requester;

/**
 * Who does an ops action, through which request, and why. The operator is the caller the access
 * token names, never a name the request's body gives; the reason is required. Both go to the
 * audit chain and the dossier's history.
 */
public record Attribution(Requester requester, String reason) {

    public Attribution {
        Objects.requireNonNull(requester, "requester");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an ops action needs a reason");
        }
        reason = reason.strip();
    }

    /** The token's subject. */
    public String operator() {
        return requester.caller().subject();
    }

    /** The operator's display name. */
    public String operatorName() {
        return requester.caller().displayName();
    }

    /** The operator as a dossier's history names people: display name, then subject. */
    public String describe() {
        return requester.caller().describe();
    }
}
