package vn.lienthong.idnumber.application.port.in;

import java.util.List;

import vn.lienthong.idnumber.domain.AssignmentDecision;

public interface AssignPersonalIdNumberUseCase {

    /**
     * Assigns a newborn's number and records the newborn as a citizen; or returns the number
     * assigned earlier to the same request id; or the reasons the request cannot be served.
     */
    AssignmentDecision assign(AssignPersonalIdNumberCommand command);

    /**
     * Decides every command as {@link #assign} decides it alone, each in turn, and records all of
     * it in one transaction: the decisions hold once this returns, and none does if it throws (the
     * caller may then send each command alone). Commands for the same newborn are decided in the
     * order given, so the first gets the number.
     */
    List<AssignmentDecision> assignAll(List<AssignPersonalIdNumberCommand> commands);
}
