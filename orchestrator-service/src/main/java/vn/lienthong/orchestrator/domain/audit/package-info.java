/**
 * The audit chain as plain Java: who did what (an {@link vn.lienthong.orchestrator.domain.audit.Actor}),
 * each entry chained to the one before by a hash of its canonical form
 * ({@link vn.lienthong.orchestrator.domain.audit.AuditChain}), and the walk that names the first
 * entry changed, removed or reordered ({@link vn.lienthong.orchestrator.domain.audit.ChainWalk}).
 */
package vn.lienthong.orchestrator.domain.audit;
