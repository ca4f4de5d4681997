/**
 * The ops use cases: what failed, waits or is stuck; replaying one step or many; pausing an
 * agency; redriving dead letters; re-verifying numbers in bulk; and the audit log that records
 * every one of these actions with who did it and why.
 */
package vn.lienthong.orchestrator.application.ops;
