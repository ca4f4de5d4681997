package vn.lienthong.orchestrator.application.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.audit.AuditTrailUseCase;
import vn.lienthong.orchestrator.application.port.in.audit.AuditedRequests;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.out.audit.AuditRecords;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.domain.audit.ChainHead;
import vn.lienthong.orchestrator.domain.audit.ChainVerification;
import vn.lienthong.orchestrator.domain.audit.ChainWalk;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;

/**
 * Audited requests, the chaining of what they recorded, the listing and the verification. The verification reads the chain a page at
 * a time, in sequence order, up to the head as it was when it began: memory stays bounded however
 * long the chain, and entries appended meanwhile wait for the next verification.
 */
public class AuditTrailService implements AuditTrailUseCase, AuditedRequests {

    /** Entries read per query while verifying. */
    static final int VERIFY_PAGE = 2_000;
    /** Entries chained per transaction. */
    static final int SEAL_BATCH = 500;

    private final AuditLog log;
    private final AuditRecords records;
    private final Transactions transactions;
    private final Clock clock;

    public AuditTrailService(AuditLog log, AuditRecords records, Transactions transactions, Clock clock) {
        this.log = log;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public <T> T audited(Requester by, AuditAction action, Supplier<Audited<T>> work) {
        return transactions.inTransaction(() -> {
            Audited<T> done = work.get();
            log.record(AuditEntry.of(by, clock.instant(), action, done.target(), null, done.details()));
            return done.result();
        });
    }

    @Override
    public int sealPending() {
        int sealed = 0;
        int batch;
        do {
            batch = records.sealPending(SEAL_BATCH);
            sealed += batch;
        } while (batch == SEAL_BATCH);
        return sealed;
    }

    @Override
    public OpsPage<ChainedEntry> find(String subject, AuditAction action, int page, int size) {
        // What was recorded before the request is listed, chained.
        sealPending();
        return records.page(subject, action, page, size);
    }

    @Override
    public ChainVerification verify(Requester by) {
        // The walk covers every entry recorded before it began.
        sealPending();
        ChainHead head = records.head();
        ChainVerification verdict = walk(head);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("valid", verdict.valid());
        details.put("entries", verdict.entries());
        details.put("headSeq", head.seq());
        details.put("headHash", verdict.headHash());
        details.put("firstBrokenSeq", verdict.firstBrokenSeq());
        details.put("problem", verdict.problem() == null ? null : verdict.problem().name());
        transactions.inTransaction(() -> {
            log.record(AuditEntry.of(by, clock.instant(), AuditAction.VERIFY_AUDIT, "audit", null, details));
            return null;
        });
        return verdict;
    }

    private ChainVerification walk(ChainHead head) {
        var walk = new ChainWalk(hash -> records.holdsHash(hash, head.seq()));
        long after = 0;
        List<ChainedEntry> page;
        do {
            page = records.between(after, head.seq(), VERIFY_PAGE);
            for (ChainedEntry entry : page) {
                Optional<ChainVerification> broken = walk.next(entry);
                if (broken.isPresent()) {
                    return broken.get();
                }
                after = entry.seq();
            }
        } while (page.size() == VERIFY_PAGE);
        return walk.end(head);
    }
}
