package vn.lienthong.civilregistry.application.port.in;

import vn.lienthong.civilregistry.domain.DeathDecision;

public interface RegisterDeathUseCase {

    /** Registers the death, or returns the registration made earlier for the same dossier, or the reasons for refusal. */
    DeathDecision register(RegisterDeathCommand command);
}
