package vn.lienthong.orchestrator.domain.audit;

/** The newest entry of the chain: its sequence number and hash; (0, genesis) while the chain is empty. */
public record ChainHead(long seq, String hash) {

    public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS);
}
