package vn.lienthong.orchestrator.domain.audit;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Walks the chain in sequence order, one entry at a time, holding only the last entry, and names
 * the first one broken. For each entry, in this order:
 * <ol>
 *   <li>its {@code seq} must be the previous one's plus one (1 for the first); otherwise the
 *       missing number is {@link ChainProblem#REMOVED};</li>
 *   <li>its {@code prevHash} must be the previous entry's stored hash ({@link AuditChain#GENESIS}
 *       for the first); otherwise it is {@link ChainProblem#REORDERED} if an entry of the log
 *       holds that hash (the entry it was chained to is elsewhere: rows were swapped), and
 *       {@link ChainProblem#REMOVED} if none does (that entry is gone);</li>
 *   <li>its content must give its stored hash. This is settled when the next link is known (the
 *       next entry's {@code prevHash}, or the head's hash after the last entry): if the chain went
 *       on from the stored hash, the content was {@link ChainProblem#CHANGED} afterwards; if it
 *       went on from the hash the content gives, only the stored hash was altered
 *       ({@link ChainProblem#HASH_MISMATCH}); if from neither, {@link ChainProblem#CHANGED}.</li>
 * </ol>
 * At the end the last entry must be the head: fewer entries than the head counts means the newest
 * were {@link ChainProblem#REMOVED}; the same count with another hash is a
 * {@link ChainProblem#HASH_MISMATCH} of the head.
 */
public final class ChainWalk {

    private final Predicate<String> logHoldsHash;
    private ChainedEntry last;
    private long lastSeq;
    private String lastHash = AuditChain.GENESIS;
    private long intact;

    /** {@code logHoldsHash}: whether some entry of the log walked has that stored hash. */
    public ChainWalk(Predicate<String> logHoldsHash) {
        this.logHoldsHash = logHoldsHash;
    }

    /** Takes the next entry in sequence order; present when the walk found the first broken entry. */
    public Optional<ChainVerification> next(ChainedEntry entry) {
        Optional<ChainVerification> broken = settleLast(entry.prevHash());
        if (broken.isPresent()) {
            return broken;
        }
        long expected = lastSeq + 1;
        if (entry.seq() != expected) {
            return broken(expected, ChainProblem.REMOVED);
        }
        if (!entry.prevHash().equals(lastHash)) {
            return broken(expected, logHoldsHash.test(entry.prevHash()) ? ChainProblem.REORDERED : ChainProblem.REMOVED);
        }
        last = entry;
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return Optional.empty();
    }

    /** After the last entry up to {@code head}: the verdict. */
    public ChainVerification end(ChainHead head) {
        Optional<ChainVerification> broken = settleLast(head.hash());
        if (broken.isPresent()) {
            return broken.get();
        }
        if (lastSeq < head.seq()) {
            return broken(lastSeq + 1, ChainProblem.REMOVED).orElseThrow();
        }
        if (!lastHash.equals(head.hash())) {
            return broken(head.seq(), ChainProblem.HASH_MISMATCH).orElseThrow();
        }
        return ChainVerification.intact(intact, head.hash());
    }

    /** Whether the last entry's content gives its stored hash, now that the link after it is known. */
    private Optional<ChainVerification> settleLast(String nextLink) {
        if (last == null) {
            return Optional.empty();
        }
        ChainedEntry entry = last;
        last = null;
        String recomputed = entry.recomputedHash();
        if (recomputed.equals(entry.hash())) {
            intact++;
            return Optional.empty();
        }
        boolean onlyHashAltered = recomputed.equals(nextLink) && !entry.hash().equals(nextLink);
        return broken(entry.seq(), onlyHashAltered ? ChainProblem.HASH_MISMATCH : ChainProblem.CHANGED);
    }

    private Optional<ChainVerification> broken(long seq, ChainProblem problem) {
        return Optional.of(ChainVerification.broken(intact, seq, problem));
    }
}
