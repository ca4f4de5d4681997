package vn.lienthong.orchestrator.application.port.in;

import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * The ID-number step, whose agency answers synchronously: due attempts are claimed in one short
 * transaction, then each call runs outside any transaction, and its outcome is recorded in
 * another. No thread waits between attempts: the next one is a row with a due time.
 */
public interface IdNumberStepUseCase {

    List<Attempt> claimDueAttempts(int max);

    void attempt(Attempt attempt);

    record Attempt(DossierId dossierId, UUID requestId, DossierForm form) {
    }
}
