package vn.lienthong.idnumber.adapter.in.web;

import java.time.LocalDate;

/** The citizen's death is recorded already from another death extract; answered with a 409 problem. */
public class AlreadyDeceasedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate dateOfDeath;

    public AlreadyDeceasedException(LocalDate dateOfDeath) {
        super("The citizen's death is recorded already, from another death extract.");
        this.dateOfDeath = dateOfDeath;
    }

    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }
}
