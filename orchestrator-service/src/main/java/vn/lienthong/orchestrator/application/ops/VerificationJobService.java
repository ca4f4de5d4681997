package vn.lienthong.orchestrator.application.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.in.ops.JobNotRunningException;
import vn.lienthong.orchestrator.application.port.in.ops.OpsJobNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.VerificationJobsUseCase;
import vn.lienthong.orchestrator.application.port.out.CitizenLookup;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.out.ops.AgencyPauses;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.out.ops.Throttle;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationItem;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationJob;
import vn.lienthong.orchestrator.application.port.out.ops.VerificationJobs;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationOutcome;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.rules.access.Caller;
import vn.lienthong.rules.access.Role;

/**
 * Checks numbers against the population database at the job's pace, through the same resilient
 * port as the saga. Each outcome is stored when known, so a restart only redoes the number that
 * was in flight. A passing failure is tried again in a later round; while the database is paused
 * or its breaker is open, nothing is tried and no round is used up. A cancelled job stops before its
 * next number. The outcomes (names, dates of birth) are read by the job's starter only.
 */
public class VerificationJobService implements VerificationJobsUseCase {

    /** A batch takes about this many seconds at the job's pace, well within the job lease. */
    private static final int SECONDS_PER_BATCH = 5;

    private final VerificationJobs jobs;
    private final PopulationDatabase populationDatabase;
    private final AgencyPauses pauses;
    private final Throttle throttle;
    private final AuditLog audit;
    private final Transactions transactions;
    private final OpsSettings settings;
    private final Clock clock;

    public VerificationJobService(VerificationJobs jobs, PopulationDatabase populationDatabase, AgencyPauses pauses,
                                  Throttle throttle, AuditLog audit, Transactions transactions, OpsSettings settings,
                                  Clock clock) {
        this.jobs = jobs;
        this.populationDatabase = populationDatabase;
        this.pauses = pauses;
        this.throttle = throttle;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public UUID start(List<String> personalIdNumbers, int ratePerSecond, Attribution by) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            jobs.start(id, personalIdNumbers, ratePerSecond, settings.verificationRounds(), now, by.operator(),
                    by.reason());
            // The numbers themselves are personal data: the audit log keeps only how many.
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("numbers", personalIdNumbers.size());
            details.put("ratePerSecond", ratePerSecond);
            details.put("maxRounds", settings.verificationRounds());
            audit.record(AuditEntry.of(by.requester(), now, AuditAction.VERIFICATION_JOB,
                    "verification-jobs/" + id, by.reason(), details));
            return null;
        });
        return id;
    }

    @Override
    public VerificationJob find(UUID id, Caller caller) {
        return jobs.find(id).filter(job -> job.startedBy(caller.subject()) || caller.has(Role.ADMIN))
                .orElseThrow(() -> new OpsJobNotFoundException(id));
    }

    @Override
    public OpsPage<VerificationItem> items(UUID id, Caller caller, VerificationOutcome outcome, int page, int size) {
        jobs.find(id).filter(job -> job.startedBy(caller.subject())).orElseThrow(() -> new OpsJobNotFoundException(id));
        return jobs.items(id, outcome, page, size);
    }

    @Override
    public VerificationJob cancel(UUID id, Caller caller, Attribution by) {
        find(id, caller);
        Instant now = clock.instant();
        VerificationJob cancelled = transactions.inTransaction(() -> {
            if (!jobs.cancel(id, now, by.operator(), by.reason())) {
                var job = jobs.find(id).orElseThrow(() -> new OpsJobNotFoundException(id));
                throw new JobNotRunningException(id, job.status());
            }
            var job = jobs.find(id).orElseThrow(() -> new OpsJobNotFoundException(id));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("found", job.found());
            details.put("notFound", job.notFound());
            details.put("failed", job.failed());
            details.put("notChecked", job.pending());
            audit.record(AuditEntry.of(by.requester(), now, AuditAction.CANCEL_VERIFICATION_JOB,
                    "verification-jobs/" + id, by.reason(), details));
            return job;
        });
        throttle.forget(id);
        return cancelled;
    }

    @Override
    public int work() {
        if (!databaseTakesCalls()) {
            return 0;
        }
        Optional<VerificationJobs.Claimed> claimed = transactions.inTransaction(() -> jobs.claim(clock.instant(),
                settings.jobLease()));
        if (claimed.isEmpty()) {
            return 0;
        }
        var job = claimed.get();
        int done = 0;
        try {
            int max = Math.max(1, Math.min(settings.batchSize(), job.ratePerSecond() * SECONDS_PER_BATCH));
            for (VerificationItem item : jobs.due(job.id(), clock.instant(), max)) {
                if (!databaseTakesCalls() || !jobs.running(job.id())) {
                    break;
                }
                throttle.acquire(job.id(), job.ratePerSecond());
                CitizenLookup lookup = populationDatabase.findCitizen(item.personalIdNumber());
                transactions.inTransaction(() -> {
                    record(job, item, lookup);
                    return null;
                });
                done++;
            }
        } finally {
            if (transactions.inTransaction(() -> jobs.release(job.id(), clock.instant()))) {
                throttle.forget(job.id());
            }
        }
        return done;
    }

    private boolean databaseTakesCalls() {
        return pauses.pauseOf(Agency.POPULATION_DATABASE).isEmpty() && populationDatabase.callCapacity() > 0;
    }

    private void record(VerificationJobs.Claimed job, VerificationItem item, CitizenLookup lookup) {
        if (lookup instanceof CitizenLookup.Found found) {
            jobs.found(job.id(), item.index(), found.person().fullName(), found.person().dateOfBirth());
        } else if (lookup instanceof CitizenLookup.NotFound) {
            jobs.notFound(job.id(), item.index());
        } else {
            IdNumberOutcome failure = ((CitizenLookup.Failed) lookup).outcome();
            if (failure instanceof IdNumberOutcome.TransientFailure passing) {
                boolean lastRound = item.attempts() + 1 >= job.maxRounds();
                jobs.failed(job.id(), item.index(), passing.reason().code(),
                        lastRound ? null : clock.instant().plus(settings.verificationRoundDelay()));
            } else {
                // A refused permission does not pass by itself: trying again in a later round cannot help.
                String code = failure instanceof IdNumberOutcome.PermissionDenied denied ? denied.reason().code()
                        : "LOOKUP_FAILED";
                jobs.failed(job.id(), item.index(), code, null);
            }
        }
    }
}
