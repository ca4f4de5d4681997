package vn.lienthong.idnumber.adapter.in.web;

import vn.lienthong.idnumber.domain.AssignmentDecision;

/**
 * The newborn matches an earlier citizen; answered with a 409 problem that sends the dossier to an
 * officer. Its message names no person: it may reach logs.
 */
public class PossibleDuplicateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient AssignmentDecision.PossibleDuplicate duplicate;

    public PossibleDuplicateException(AssignmentDecision.PossibleDuplicate duplicate) {
        super("The newborn matches a citizen who already has a personal ID number.");
        this.duplicate = duplicate;
    }

    public AssignmentDecision.PossibleDuplicate duplicate() {
        return duplicate;
    }
}
