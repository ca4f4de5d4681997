/**
 * The ops API under {@code /api/v1/ops}: failed, waiting and stuck steps and their replay, bulk
 * replay and re-verification jobs, agency pauses, dead letters and the audit log. Every error is an
 * RFC 9457 problem, Vietnamese first, naming each field at fault.
 */
package vn.lienthong.orchestrator.adapter.in.web.ops;
