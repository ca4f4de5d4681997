package vn.lienthong.idnumber.application.port.in;

import vn.lienthong.idnumber.domain.AssignmentDecision;

public interface AssignPersonalIdNumberUseCase {

    /**
     * Assigns a newborn's number and records the newborn as a citizen; or returns the number
     * assigned earlier to the same request id; or the reasons the request cannot be served.
     */
    AssignmentDecision assign(AssignPersonalIdNumberCommand command);
}
