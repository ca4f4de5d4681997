package vn.lienthong.orchestrator.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the audit chain as stored: its place ({@code seq}), when, who, what ({@code action}
 * on {@code target} through {@code endpoint}), why ({@code reason}, ops actions only), what it did
 * ({@code details}, a JSON object as stored), and the hashes that chain it. Times are kept to the
 * microsecond, as the database keeps them, so a stored entry hashes as it did when appended.
 */
public record ChainedEntry(long seq, Instant at, Actor actor, String action, String target, String endpoint,
                           String reason, String details, String prevHash, String hash) {

    public ChainedEntry {
        at = at.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
    }

    /** The entry that follows {@code head}, with its hash. */
    public static ChainedEntry following(ChainHead head, Instant at, Actor actor, String action, String target,
                                         String endpoint, String reason, String details) {
        var unhashed = new ChainedEntry(head.seq() + 1, at, actor, action, target, endpoint, reason, details,
                head.hash(), null);
        return new ChainedEntry(unhashed.seq, unhashed.at, actor, action, target, endpoint, reason, details,
                head.hash(), AuditChain.hash(unhashed));
    }

    /** The hash this entry's content and link give now. */
    public String recomputedHash() {
        return AuditChain.hash(this);
    }
}
