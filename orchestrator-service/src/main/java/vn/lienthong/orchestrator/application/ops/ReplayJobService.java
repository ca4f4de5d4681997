package vn.lienthong.orchestrator.application.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausedException;
import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.in.ops.OpsJobNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.ReplayJobsUseCase;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayItem;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayJob;
import vn.lienthong.orchestrator.application.port.out.ops.ReplayJobs;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayOutcome;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStateException;

/**
 * Bulk replay. The steps to replay are fixed when the job starts, so steps that fail later are not
 * swept in. Each item is replayed and marked done in one transaction, so a restart neither skips
 * nor repeats one.
 */
public class ReplayJobService implements ReplayJobsUseCase {

    /** The job view shows this many of the items that were not replayed. */
    static final int SHOWN_PROBLEMS = 20;

    private final ReplayJobs jobs;
    private final Dossiers dossiers;
    private final StepReplayer replayer;
    private final AuditLog audit;
    private final Transactions transactions;
    private final OpsSettings settings;
    private final Clock clock;

    public ReplayJobService(ReplayJobs jobs, Dossiers dossiers, DossierSaga saga, AgencyPauses pauses, AuditLog audit,
                            Transactions transactions, OpsSettings settings, Clock clock) {
        this.jobs = jobs;
        this.dossiers = dossiers;
        this.replayer = new StepReplayer(saga, pauses);
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public UUID start(StepFilter filter, Attribution by) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            int total = jobs.start(id, filter, now, now.minus(settings.stuckAfter()), by.operator(), by.operatorName(),
                    by.reason());
            Map<String, Object> details = new LinkedHashMap<>(filterDetails(filter));
            details.put("total", total);
            audit.record(AuditEntry.of(by.requester(), now, AuditAction.BULK_REPLAY, "replay-jobs/" + id,
                    by.reason(), details));
            return total;
        });
        return id;
    }

    @Override
    public ReplayJob find(UUID id) {
        return jobs.find(id, SHOWN_PROBLEMS).orElseThrow(() -> new OpsJobNotFoundException(id));
    }

    @Override
    public int work() {
        Optional<ReplayJobs.Claimed> claimed = transactions.inTransaction(() -> jobs.claim(clock.instant(),
                settings.jobLease()));
        if (claimed.isEmpty()) {
            return 0;
        }
        UUID jobId = claimed.get().id();
        var by = claimed.get();
        List<ReplayItem> items = jobs.pending(jobId, settings.batchSize());
        try {
            items.forEach(item -> handle(jobId, item, by));
        } finally {
            transactions.inTransaction(() -> jobs.release(jobId, clock.instant()));
        }
        return items.size();
    }

    private void handle(UUID jobId, ReplayItem item, ReplayJobs.Claimed by) {
        try {
            transactions.inTransaction(() -> {
                jobs.record(jobId, item, replay(item, by), clock.instant());
                return null;
            });
        } catch (RuntimeException e) {
            // The replay rolled back; the item is marked failed on its own so the job moves on.
            transactions.inTransaction(() -> {
                jobs.record(jobId, item, ReplayOutcome.failed("REPLAY_FAILED", describe(e)), clock.instant());
                return null;
            });
        }
    }

    private ReplayOutcome replay(ReplayItem item, ReplayJobs.Claimed by) {
        Optional<Dossier> dossier = dossiers.lock(new DossierId(item.dossierId()));
        if (dossier.isEmpty()) {
            return ReplayOutcome.skipped("DOSSIER_NOT_FOUND", "The dossier no longer exists.");
        }
        try {
            replayer.replay(dossier.get(), item.step(), by.describeOperator(), by.reason());
            return ReplayOutcome.replayed();
        } catch (DossierStateException e) {
            return ReplayOutcome.skipped(e.code(), e.getMessage());
        } catch (AgencyPausedException e) {
            return ReplayOutcome.skipped("AGENCY_PAUSED", e.getMessage());
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    static Map<String, Object> filterDetails(StepFilter filter) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", filter.step() == null ? null : filter.step().name());
        details.put("state", filter.condition() == null ? null : filter.condition().name());
        details.put("errorKind", filter.errorKind());
        details.put("communeCode", filter.communeCode());
        details.put("portalDossierCode", filter.portalDossierCode());
        details.put("olderThan", filter.olderThan() == null ? null : filter.olderThan().toString());
        return details;
    }
}
