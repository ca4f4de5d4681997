package vn.lienthong.residence.application.port.in;

import vn.lienthong.residence.domain.RemovalDecision;

public interface RemoveDeceasedResidenceUseCase {

    /**
     * Removes the deceased from their household; or returns the removal made earlier for the same
     * person; or says there was no registration to remove; or the reasons for refusal.
     */
    RemovalDecision remove(RemoveDeceasedResidenceCommand command);
}
