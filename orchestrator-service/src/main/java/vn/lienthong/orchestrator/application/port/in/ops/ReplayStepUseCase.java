package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/** Ops replay one step of one dossier. */
public interface ReplayStepUseCase {

    /**
     * Replays the step and records it in the audit log and the dossier's history. Raises
     * {@code DossierStateException} when the step cannot be replayed and
     * {@link AgencyPausedException} when its agency is paused.
     */
    Replayed replay(DossierId dossierId, Step step, Attribution by);

    /** How the step went out again, and where it stands now. */
    record Replayed(DossierId dossierId, Step step, Dossier.Replay replay, StepStatus status, UUID commandId,
                    int attempts) {
    }
}
