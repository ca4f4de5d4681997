package vn.lienthong.idnumber.application.port.in;

import vn.lienthong.idnumber.domain.DeathDecision;

public interface RecordDeathUseCase {

    /**
     * Marks the citizen deceased; or answers as before for the same request id or the same death
     * extract; or says why the death cannot be recorded.
     */
    DeathDecision record(RecordDeathCommand command);
}
