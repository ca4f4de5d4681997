package vn.lienthong.orchestrator.application.port.in;

import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * The ID-number step, whose agency answers synchronously: due attempts are claimed in one short
 * transaction, then each call runs outside any transaction, and its outcome is recorded in
 * another. No thread waits between attempts: the next one is a row with a due time.
 */
public interface IdNumberStepUseCase extends ScheduledCallsUseCase<IdNumberStepUseCase.Attempt, IdNumberStepUseCase.Called> {

    /** The database is being probed: up to {@code calls} waiting attempts become due now. */
    int probe(int calls);

    /** Hands dossiers that waited too long for a number to an officer. Returns how many. */
    int escalateOverdue();

    /** Checks manually recorded numbers against the population database. Returns how many. */
    int verifyManualNumbers(int max);

    /**
     * One claimed attempt. {@code parentsVerified} is false until the parents have been checked
     * against the population database once. {@code distinctChild} is an officer's confirmation
     * that the child is not the citizen the database matched it with, or null.
     */
    record Attempt(DossierId dossierId, UUID requestId, DossierForm form, boolean parentsVerified,
                   DuplicateReview distinctChild) implements Claimed {

        public Attempt(DossierId dossierId, UUID requestId, DossierForm form, boolean parentsVerified) {
            this(dossierId, requestId, form, parentsVerified, null);
        }
    }

    /**
     * What the population database answered to an attempt; {@code parentsChecked} when both
     * parents were found as declared (now or at an earlier attempt).
     */
    record Called(Attempt attempt, IdNumberOutcome outcome, boolean parentsChecked) implements Answered<Attempt> {
    }
}
