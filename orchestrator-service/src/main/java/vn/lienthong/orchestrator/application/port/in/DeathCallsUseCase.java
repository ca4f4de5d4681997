package vn.lienthong.orchestrator.application.port.in;

import java.util.UUID;

import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The death procedure's calls to the population database: the check of the deceased before the
 * death is registered, and the record of the death once the extract exists.
 */
public interface DeathCallsUseCase extends ScheduledCallsUseCase<DeathCallsUseCase.Attempt, DeathCallsUseCase.Called> {

    /**
     * One claimed attempt at {@code step}. {@code deceasedConfirmed}: an officer confirmed the
     * deceased's data although the population database differs. {@code deathExtractNumber}: the
     * civil registry's extract, for the record of the death (null before).
     */
    record Attempt(DossierId dossierId, Step step, UUID requestId, DeathForm form, boolean deceasedConfirmed,
                   String deathExtractNumber) implements Claimed {
    }

    record Called(Attempt attempt, CallOutcome outcome) implements Answered<Attempt> {
    }
}
