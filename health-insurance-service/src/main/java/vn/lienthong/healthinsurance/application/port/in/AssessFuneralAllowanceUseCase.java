package vn.lienthong.healthinsurance.application.port.in;

import vn.lienthong.healthinsurance.domain.FuneralAllowanceDecision;

public interface AssessFuneralAllowanceUseCase {

    /**
     * Grants the funeral allowance, or returns the one granted earlier for the same dossier, or
     * refuses it with the reason, or says why the claim cannot be decided as sent.
     */
    FuneralAllowanceDecision assess(AssessFuneralAllowanceCommand command);
}
