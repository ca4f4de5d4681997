package vn.lienthong.idnumber.adapter.in.web;

import vn.lienthong.idnumber.domain.Refusal;

/** A path value that is malformed; answered with a 400 problem naming it. */
public class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal reason;

    public InvalidFieldException(Refusal reason) {
        super(reason.messageEn());
        this.reason = reason;
    }

    public Refusal reason() {
        return reason;
    }
}
