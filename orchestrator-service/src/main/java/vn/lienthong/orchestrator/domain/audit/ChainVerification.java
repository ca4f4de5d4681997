package vn.lienthong.orchestrator.domain.audit;

/**
 * The outcome of walking the chain. {@code entries}: how many entries were found intact, in
 * sequence order (all of them when valid). {@code headHash}: the newest entry's hash, when valid.
 * {@code firstBrokenSeq} and {@code problem}: the first entry found broken, and how, when not.
 */
public record ChainVerification(boolean valid, long entries, String headHash, Long firstBrokenSeq,
                                ChainProblem problem) {

    static ChainVerification intact(long entries, String headHash) {
        return new ChainVerification(true, entries, headHash, null, null);
    }

    static ChainVerification broken(long entries, long firstBrokenSeq, ChainProblem problem) {
        return new ChainVerification(false, entries, null, firstBrokenSeq, problem);
    }
}
