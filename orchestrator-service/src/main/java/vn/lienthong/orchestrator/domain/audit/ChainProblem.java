package vn.lienthong.orchestrator.domain.audit;

/** How the first broken entry of the chain was found broken; {@link ChainWalk} says exactly when each applies. */
public enum ChainProblem {
    /** The entry's content no longer gives its hash, while the chain went on from that hash: it was edited. */
    CHANGED,
    /** An entry is missing: a gap in the sequence numbers, or the entry this one was chained to is gone. */
    REMOVED,
    /** The entry is in the log but out of its place: it was chained to an entry that is elsewhere. */
    REORDERED,
    /** The stored hash is not the one the content gives, nor the one the chain went on from. */
    HASH_MISMATCH
}
