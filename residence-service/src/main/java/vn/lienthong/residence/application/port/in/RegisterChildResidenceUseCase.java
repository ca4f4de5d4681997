package vn.lienthong.residence.application.port.in;

import vn.lienthong.residence.domain.ResidenceDecision;

public interface RegisterChildResidenceUseCase {

    /** Registers the child, or returns the registration made earlier, or the reasons for refusal. */
    ResidenceDecision register(RegisterChildResidenceCommand command);
}
