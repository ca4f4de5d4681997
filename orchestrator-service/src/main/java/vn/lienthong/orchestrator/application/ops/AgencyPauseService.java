package vn.lienthong.orchestrator.application.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausesUseCase;
import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.in.ops.PauseConflictException;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.model.ops.AgencyPause;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.application.port.out.ops.PopulationDatabaseBreaker;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.procedure.Procedures;
import vn.lienthong.orchestrator.domain.dossier.DossierId;

/**
 * Pauses and resumes agencies. Resuming only lifts the pause; the held steps are then sent by
 * {@link #releaseHeldSteps()}, which a background job runs every few seconds, so a crash halfway
 * through a large backlog loses nothing and the request returns at once.
 */
public class AgencyPauseService implements AgencyPausesUseCase {

    /** Held steps sent per agency per round. */
    static final int RELEASE_BATCH = 200;

    private final AgencyPauses pauses;
    private final Dossiers dossiers;
    private final DossierSaga saga;
    private final AuditLog audit;
    private final PopulationDatabaseBreaker breaker;
    private final Transactions transactions;
    private final Clock clock;

    public AgencyPauseService(AgencyPauses pauses, Dossiers dossiers, DossierSaga saga, AuditLog audit,
                              PopulationDatabaseBreaker breaker, Transactions transactions, Clock clock) {
        this.pauses = pauses;
        this.dossiers = dossiers;
        this.saga = saga;
        this.audit = audit;
        this.breaker = breaker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public AgencyState pause(Agency agency, Attribution by) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            var pause = new AgencyPause(agency, by.operator(), now, by.reason());
            if (!pauses.pause(pause)) {
                throw PauseConflictException.alreadyPaused(pauses.pauseOf(agency).orElse(pause));
            }
            audit.record(AuditEntry.of(by.requester(), now, AuditAction.PAUSE_AGENCY, "agencies/" + agency,
                    by.reason(), Map.of("waitingSteps", pauses.waiting(agency))));
            return state(agency, pause);
        });
    }

    @Override
    public AgencyState resume(Agency agency, Attribution by) {
        return transactions.inTransaction(() -> {
            // Waits for every transaction that saw the pause, so none holds a step after the release looked.
            AgencyPause lifted = pauses.resume(agency).orElseThrow(() -> PauseConflictException.notPaused(agency));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("pausedBy", lifted.pausedBy());
            details.put("pausedSince", lifted.since().toString());
            details.put("pauseReason", lifted.reason());
            details.put("waitingSteps", pauses.waiting(agency));
            audit.record(AuditEntry.of(by.requester(), clock.instant(), AuditAction.RESUME_AGENCY,
                    "agencies/" + agency, by.reason(), details));
            return state(agency, null);
        });
    }

    @Override
    public List<AgencyState> agencies() {
        Map<Agency, AgencyPause> paused = new EnumMap<>(Agency.class);
        pauses.all().forEach(pause -> paused.put(pause.agency(), pause));
        List<AgencyState> states = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            states.add(state(agency, paused.get(agency)));
        }
        return states;
    }

    @Override
    public int releaseHeldSteps() {
        int released = 0;
        for (Agency agency : Agency.values()) {
            // Only steps sent as commands are held: a scheduled call's worker simply claims nothing while paused.
            for (Step step : Procedures.stepsOf(agency)) {
                if (!Procedures.declarationOf(step).scheduledCall()) {
                    released += release(agency, step);
                }
            }
        }
        return released;
    }

    /** Batch after batch until none is left, the agency is paused again, or a batch sends nothing. */
    private int release(Agency agency, Step step) {
        int released = 0;
        List<DossierId> batch;
        int sent;
        do {
            if (pauses.pauseOf(agency).isPresent()) {
                break;
            }
            batch = pauses.held(step, RELEASE_BATCH);
            sent = 0;
            for (DossierId id : batch) {
                sent += release(id, step) ? 1 : 0;
            }
            released += sent;
        } while (batch.size() == RELEASE_BATCH && sent > 0);
        return released;
    }

    private boolean release(DossierId id, Step step) {
        return transactions.inTransaction(() -> dossiers.lock(id).map(dossier -> {
            var before = DossierSaga.Snapshot.of(dossier);
            boolean sent = saga.release(dossier, step);
            if (sent) {
                saga.save(dossier, before);
            }
            return sent;
        }).orElse(false));
    }

    private AgencyState state(Agency agency, AgencyPause pause) {
        String breakerState = agency == Agency.POPULATION_DATABASE ? breaker.state() : null;
        return new AgencyState(agency, pause, pauses.waiting(agency), breakerState);
    }
}
