package vn.lienthong.orchestrator.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;

/** The national population database, reached synchronously. */
public interface PopulationDatabase {

    /**
     * Asks for the child's personal ID number. The same {@code requestId} always yields the same
     * answer, so a request may be repeated safely. {@code distinctChild} is an officer's
     * confirmation that the child is not the citizen an earlier request matched, or null; a
     * request carrying it is a new request, under a new id.
     *
     * <p>With {@code checkParents} the same request checks the declared parents against the
     * database first: a parent not found is {@link IdNumberOutcome.InvalidData}, a parent recorded
     * otherwise {@link IdNumberOutcome.ParentsDiffer} (field by field, as {@code ParentCrossCheck}
     * draws them), and then no number is issued; a number comes with
     * {@link IdNumberOutcome.Assigned#parentsChecked()}. One call per dossier, not one per parent.
     */
    IdNumberOutcome assignIdNumber(UUID requestId, DossierForm form, DuplicateReview distinctChild,
                                   boolean checkParents);

    /**
     * Asks for several children's numbers in one call, each request answered as
     * {@link #assignIdNumber} answers it alone, in the order given. A call that fails as a whole
     * is a {@link IdNumberOutcome.TransientFailure} for each request; a request that fails alone is
     * one for that request only.
     */
    default List<IdNumberOutcome> assignIdNumbers(List<NumberRequest> requests) {
        return requests.stream().map(request -> assignIdNumber(request.requestId(), request.form(),
                request.distinctChild(), request.checkParents())).toList();
    }

    /** Looks a person up by personal ID number: a manually issued number, a deceased, a bulk verification. */
    CitizenLookup findCitizen(String personalIdNumber);

    /**
     * Records that the person died, on the strength of the death extract. The same {@code requestId}
     * always yields the same answer; the death recorded, or why not.
     */
    CallOutcome recordDeath(UUID requestId, String personalIdNumber, LocalDate dateOfDeath, String deathExtractNumber);

    /**
     * How many attempts may start now: none while the database is known to be down (an open
     * circuit breaker), a few while it is being probed, else any. Due attempts then simply stay due.
     */
    int callCapacity();

    /** One request for a child's number, with what {@link #assignIdNumber} takes. */
    record NumberRequest(UUID requestId, DossierForm form, DuplicateReview distinctChild, boolean checkParents) {
    }
}
