package vn.lienthong.idnumber.adapter.in.web;

import vn.lienthong.idnumber.domain.ParentDataHold;

/**
 * A parent is recorded otherwise than the request declares them; answered with a 409 problem that
 * sends the dossier to an officer. Its message names no person: it may reach logs.
 */
public class ParentsDifferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ParentDataHold hold;

    public ParentsDifferException(ParentDataHold hold) {
        super("A parent is recorded otherwise than the request declares; no number was issued.");
        this.hold = hold;
    }

    public ParentDataHold hold() {
        return hold;
    }
}
