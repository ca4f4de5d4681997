package vn.lienthong.civilregistry.application.port.in;

import vn.lienthong.civilregistry.domain.BirthDecision;

public interface RegisterBirthUseCase {

    /** Registers the birth, or returns the registration made earlier for the same dossier, or the reasons for refusal. */
    BirthDecision register(RegisterBirthCommand command);
}
