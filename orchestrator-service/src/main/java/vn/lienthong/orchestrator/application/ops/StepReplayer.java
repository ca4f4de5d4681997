package vn.lienthong.orchestrator.application.ops;

import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausedException;
import vn.lienthong.orchestrator.application.port.in.ops.ReplayStepUseCase.Replayed;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.procedure.Procedures;

/**
 * Replays one step of a dossier the caller holds locked, in the caller's transaction: a scheduled
 * call (the ID-number step) becomes due now with the same request; a request still unanswered goes out again
 * under its command id; a refused one starts anew through the saga.
 */
final class StepReplayer {

    private final DossierSaga saga;
    private final AgencyPauses pauses;

    StepReplayer(DossierSaga saga, AgencyPauses pauses) {
        this.saga = saga;
        this.pauses = pauses;
    }

    /** {@code operator}: as the dossier's history names people, display name then subject. */
    Replayed replay(Dossier dossier, Step step, String operator, String reason) {
        // A replay is an automatic request too: while ops hold the agency, it would only be held again.
        pauses.pauseOf(Procedures.agencyOf(step)).ifPresent(pause -> {
            throw new AgencyPausedException(pause);
        });
        var before = DossierSaga.Snapshot.of(dossier);
        Dossier.Replay replay = dossier.replay(step, operator, reason, saga.now());
        if (replay == Dossier.Replay.RESEND_SAME_COMMAND) {
            saga.resend(dossier, step);
        } else if (replay == Dossier.Replay.NEW_COMMAND) {
            saga.advance(dossier);
        }
        saga.save(dossier, before);
        StepState state = dossier.step(step);
        return new Replayed(dossier.id(), step, replay, state.status(), state.commandId(), state.attempts());
    }
}
