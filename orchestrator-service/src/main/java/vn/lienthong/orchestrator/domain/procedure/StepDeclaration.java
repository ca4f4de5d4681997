package vn.lienthong.orchestrator.domain.procedure;

import java.util.List;
import java.util.function.Predicate;

import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;

/**
 * One step of a procedure: which agency does it, how the request reaches it, the command it is
 * sent (named here; the agency's proxy builds it from the dossier's form and earlier results,
 * because commands are message contracts the domain does not import), what the step produces
 * (stored and shown under {@code resultKey}), what must be done by a person before it starts, and
 * whether the dossier asks for it at all ({@code askedFor}: a step the applicant did not ask for is
 * not created, e.g. the funeral allowance of a death dossier without {@code socialInsurance}).
 */
public record StepDeclaration(Step step, Agency agency, Delivery delivery, String command, String resultKey,
                              Class<? extends StepResult> resultType, List<Precondition> preconditions,
                              Predicate<ProcedureForm> askedFor) {

    public StepDeclaration {
        preconditions = List.copyOf(preconditions);
    }

    /** A step every dossier of the procedure asks for. */
    public StepDeclaration(Step step, Agency agency, Delivery delivery, String command, String resultKey,
                           Class<? extends StepResult> resultType, List<Precondition> preconditions) {
        this(step, agency, delivery, command, resultKey, resultType, preconditions, form -> true);
    }

    public boolean scheduledCall() {
        return delivery == Delivery.SCHEDULED_CALL;
    }
}
