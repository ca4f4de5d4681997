package vn.lienthong.orchestrator.domain.procedure;

import java.util.List;

import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/**
 * One step of a procedure: which agency does it, how the request reaches it, the command it is
 * sent (named here; the agency's proxy builds it from the dossier's form and earlier results,
 * because commands are message contracts the domain does not import), what the step produces
 * (stored and shown under {@code resultKey}), and what must be done by a person before it starts.
 */
public record StepDeclaration(Step step, Agency agency, Delivery delivery, String command, String resultKey,
                              Class<? extends StepResult> resultType, List<Precondition> preconditions) {

    public StepDeclaration {
        preconditions = List.copyOf(preconditions);
    }

    public boolean scheduledCall() {
        return delivery == Delivery.SCHEDULED_CALL;
    }
}
