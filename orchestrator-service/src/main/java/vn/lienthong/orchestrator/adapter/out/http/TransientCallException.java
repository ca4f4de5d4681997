package vn.lienthong.orchestrator.adapter.out.http;

import vn.lienthong.orchestrator.domain.dossier.Reason;

/**
 * A call that failed for a passing reason: an error status, a malformed answer. Retried within the
 * attempt and counted as a failure by the circuit breaker.
 */
public class TransientCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    TransientCallException(Reason reason) {
        super(reason.code() + ": " + reason.messageEn(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
