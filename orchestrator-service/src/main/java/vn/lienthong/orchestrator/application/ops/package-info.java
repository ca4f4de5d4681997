/**
 * The ops use cases: what failed, waits or is stuck; replaying one step or many; pausing an
 * agency; redriving dead letters; re-verifying numbers in bulk. Each action appends its audit
 * entry, with who did it and why, in the action's own transaction.
 */
package vn.lienthong.orchestrator.application.ops;
