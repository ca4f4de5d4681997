package vn.lienthong.orchestrator.application.ops;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.port.in.DossierNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.in.ops.ReplayStepUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** Replays one step; the replay, the messages it sends and the audit entry commit together. */
public class StepReplayService implements ReplayStepUseCase {

    private final Dossiers dossiers;
    private final StepReplayer replayer;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public StepReplayService(Dossiers dossiers, DossierSaga saga, AgencyPauses pauses, AuditLog audit,
                             Transactions transactions, Clock clock) {
        this.dossiers = dossiers;
        this.replayer = new StepReplayer(saga, pauses);
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Replayed replay(DossierId dossierId, Step step, Attribution by) {
        return transactions.inTransaction(() -> {
            Dossier dossier = dossiers.lock(dossierId).orElseThrow(() -> new DossierNotFoundException(dossierId));
            Replayed replayed = replayer.replay(dossier, step, by.describe(), by.reason());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("portalDossierCode", dossier.form().portalDossierCode());
            details.put("replay", replayed.replay().name());
            details.put("stepStatus", replayed.status().name());
            details.put("commandId", replayed.commandId() == null ? null : replayed.commandId().toString());
            audit.record(AuditEntry.of(by.requester(), clock.instant(), AuditAction.REPLAY_STEP,
                    "dossiers/" + dossierId + "/steps/" + step, by.reason(), details));
            return replayed;
        });
    }
}
