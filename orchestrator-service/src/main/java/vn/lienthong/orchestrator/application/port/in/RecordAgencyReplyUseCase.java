package vn.lienthong.orchestrator.application.port.in;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/** Agencies' answers to the requests the saga sent. A stale or repeated answer changes nothing. */
public interface RecordAgencyReplyUseCase {

    /**
     * Called in a batch's transaction before its replies are recorded: takes the dossiers they
     * are about at once, rather than one by one as each reply comes.
     */
    void beforeReplies(Collection<DossierId> dossierIds);

    void completed(DossierId dossierId, UUID commandId, StepResult result);

    void rejected(DossierId dossierId, Step step, UUID commandId, List<Reason> reasons);
}
